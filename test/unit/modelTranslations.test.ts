/**
 * The model's documentation in Russian, Hungarian and Romanian (content/<lang>/model.md): each is
 * the English document's structure in other words (the same headings at the same levels, so the
 * English anchors fit them one by one; the same code, the same links inside the document, the
 * same claim ids), its parameter reference is what `npm run docs` generates in its language from
 * the app's messages and its model-reference.json (every source translated and none out of date),
 * and it renders with the English anchors.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingAnchors, renderMarkdown } from '../../src/app/content/markdown.ts';
import { generatedPart, handWrittenPart } from '../../src/cli/docMarkers.ts';
import { paramTablesMarkdown } from '../../src/cli/paramTables.ts';
import { translatedReference } from '../../src/cli/referenceText.ts';
import { PROJECT_ROOT } from '../../src/scenarios/node/readScenarios.ts';
import { paramKeys } from '../../src/sim/params/schema.ts';
import { headings } from '../support/markdown.ts';

const LANGUAGES = ['ru', 'hu', 'ro'] as const;
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const english = read('content/model.md');

const codeSpans = (markdown: string) => [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`\n]+)`/g)].map((match) => match[1]).sort();
const codeBlocks = (markdown: string) => [...markdown.matchAll(/```[\s\S]*?```/g)].map((match) => match[0]);
const links = (markdown: string) => [...markdown.matchAll(/\]\((#[^)]+)\)/g)].map((match) => match[1]).sort();
const ids = (markdown: string) => [...markdown.matchAll(/\bS\d\.[A-Z]+\d*\b/g)].map((match) => match[0]).sort();

for (const language of LANGUAGES) {
  const path = `content/${language}/model.md`;
  describe(`the model's documentation in ${language}`, () => {
    it('is there', () => {
      expect(existsSync(new URL(`../../${path}`, import.meta.url))).toBe(true);
    });
    if (!existsSync(new URL(`../../${path}`, import.meta.url))) return;
    const doc = read(path);

    it("has the English document's headings, at the same levels and in the same order", () => {
      expect(headings(doc).map((heading) => heading.level)).toEqual(headings(english).map((heading) => heading.level));
    });

    it('keeps its code, its links inside the document and the claim ids it cites', () => {
      expect(codeSpans(handWrittenPart(doc))).toEqual(codeSpans(handWrittenPart(english)));
      expect(codeBlocks(doc)).toEqual(codeBlocks(english));
      expect(links(doc)).toEqual(links(english));
      expect(ids(handWrittenPart(doc))).toEqual(ids(handWrittenPart(english)));
    });

    it("has the parameter reference generated in its language, every source translated and current", () => {
      const words = translatedReference(PROJECT_ROOT, language);
      expect(words.ok ? 'ok' : words.error).toBe('ok');
      if (!words.ok) return;
      expect(generatedPart(doc)).toBe(paramTablesMarkdown(words.value).trim());
      for (const key of paramKeys) expect(generatedPart(doc)).toContain(`| \`${key}\` |`);
      expect(generatedPart(doc)).not.toContain('| Parameter | Meaning |');
    });

    it('renders with the English anchors, so every link lands on the same section', () => {
      const rendered = renderMarkdown(doc, { table: (section) => section }, headingAnchors(english));
      expect(rendered.headings.map((heading) => heading.id)).toEqual(headingAnchors(english));
      expect(rendered.headings.map((heading) => heading.id)).toContain('parameter-reference');
      expect(rendered.headings.find((heading) => heading.id === 'parameter-reference')?.text).not.toBe('Parameter reference');
    });
  });
}

describe('a translated source', () => {
  it('whose English has changed since it was translated is refused as out of date', () => {
    const reference = JSON.parse(read('content/ru/model-reference.json'));
    reference.sources['market.premiumShare'].en = 'An older reason.';
    const checked = translatedReferenceFrom(reference);
    expect(checked).toMatch(/market\.premiumShare's source has changed since it was translated/);
  });
});

/** The refusal of a model-reference.json with this content, read from a copy of the project's files. */
function translatedReferenceFrom(reference: unknown): string {
  const root = mkdtempSync(join(tmpdir(), 'reference-'));
  try {
    mkdirSync(join(root, 'content', 'ru'), { recursive: true });
    mkdirSync(join(root, 'src', 'app', 'i18n', 'messages', 'ru'), { recursive: true });
    writeFileSync(join(root, 'content', 'ru', 'model-reference.json'), JSON.stringify(reference));
    copyFileSync(join(PROJECT_ROOT, 'src', 'app', 'i18n', 'messages', 'ru', 'params.json'), join(root, 'src', 'app', 'i18n', 'messages', 'ru', 'params.json'));
    const checked = translatedReference(root, 'ru');
    return checked.ok ? 'accepted' : checked.error;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
