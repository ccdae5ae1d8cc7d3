/**
 * The browser entry: reads the start-up options from the address, creates the page's run state
 * and mounts the app into #app.
 */
import { mount } from 'svelte';
import App from './app/App.svelte';
import { RunState } from './app/state/runState.svelte.ts';
import { readStartup } from './app/state/startup.ts';
import './app/styles.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount into');

const startup = readStartup(window.location.search);

mount(App, {
  target,
  props: { run: new RunState(startup.config, startup.workers), notes: startup.ignored },
});
