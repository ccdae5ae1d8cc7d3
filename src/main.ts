/**
 * The browser entry: mounts the app into #app. The app reads its route from the address; each
 * view reads the options it needs (the sandbox its run's) when it opens. The language state is
 * imported first, so the first message already reads the address's or the reader's language.
 */
import './app/i18n/language.svelte.ts';
import { mount } from 'svelte';
import App from './app/App.svelte';
import './app/styles.css';
import './app/print.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount into');

mount(App, { target });
