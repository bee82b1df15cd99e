/**
 * The Arabic name matching key and the search tokens derived from it.
 *
 * The same person's name is written many ways at different counters: with or without
 * hamza and madda on the alef, taa marbuta or haa, alef maqsura or yaa, with tashkeel,
 * with tatweel, "عبد الله" or "عبدالله", pasted with bidi marks, typed on a Persian
 * keyboard. The key folds exactly those differences and nothing that tells two names
 * apart: "عبدالله" and "عبيد الله" stay different. The display name is never changed;
 * the key is only compared and indexed.
 *
 * Pipeline: invisible characters out; NFKC (folds presentation forms and ligatures such
 * as ﻻ and ﷲ); tashkeel, Quranic marks and tatweel out; letter variants folded;
 * digits to ASCII; anything that is not a letter or digit becomes a space; spaces
 * collapse; ابن → بن; "عبد"/"ابو" joined to the word after them.
 */
import { normalizeDigits, stripInvisible } from './text-normalize';

/** Harakat, shadda, sukun, hamza/madda marks (U+064B–065F), dagger alef, Quranic marks. */
const MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/**
 * Letter variants folded to one letter. Beyond the ARCHITECTURE.md list (hamza/madda/wasla
 * alef, alef maqsura, taa marbuta, Persian yeh/keheh) the key also folds yeh and waw with
 * hamza (ئ → ي, ؤ → و): Saudi records write عائض/عايض, فائز/فايز, هائل/هايل both ways.
 * The lone hamza ء is kept: dropping it would merge علاء (Alaa) with علا (Ola).
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۃ': 'ه', 'ھ': 'ه', 'ہ': 'ه',
  'ک': 'ك', 'ڪ': 'ك',
  'ؤ': 'و',
};
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Words that start a compound name and are joined to the next word. */
const COMPOUND_HEADS = ['عبد', 'ابو'] as const;
/** "عبد ال رحمن": the article typed apart from its noun, so one more word is joined. */
const COMPOUND_HEADS_WITH_ARTICLE = ['عبدال', 'ابوال'] as const;
const ARTICLE = 'ال';

/**
 * Connectors kept as words in the key (آل is "ال" after alef folding) but left out of
 * search tokens: they appear in most names and narrow nothing.
 */
const CONNECTORS: ReadonlySet<string> = new Set(['بن', 'بنت', ARTICLE]);

/** An alias must keep at least this many letters, or "الله" would also index "له". */
const MIN_ALIAS_LENGTH = 3;

/**
 * The matching key of an Arabic name (a full name or one part): words separated by
 * single spaces. Two spellings of the same name have equal keys.
 *
 * Decision on آل: "آل سعود" keys to "ال سعود" (two words) and does not match "السعود":
 * آل means "family of" and السعود is a different name. A lone "ال" can only be آل, so
 * "ال سعود" typed without the madda matches "آل سعود".
 */
export function arabicNameKey(name: string): string {
  const words = normalizeDigits(stripInvisible(name).normalize('NFKC'))
    .replace(MARKS, '')
    // Any other combining mark (honorific signs U+0610–061A, Latin accents) would
    // otherwise split its word in two below.
    .replace(/\p{M}/gu, '')
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    // ابن and بن are one word; the alef is only dropped by spelling rules mid-name.
    .map((word) => (word === 'ابن' ? 'بن' : word));
  return joinCompounds(words).join(' ');
}

function joinCompounds(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let word = words[i] ?? '';
    while (i + 1 < words.length && needsNextWord(word)) word += words[++i] ?? '';
    joined.push(word);
  }
  return joined;
}

function needsNextWord(word: string): boolean {
  return (
    (COMPOUND_HEADS as readonly string[]).includes(word) ||
    (COMPOUND_HEADS_WITH_ARTICLE as readonly string[]).includes(word)
  );
}

/**
 * The tokens to put in a prefix search index for a name.
 *
 * Each word of the key except connectors (بن, بنت, آل), plus aliases so the common ways
 * of searching a part of a name work:
 * - compounds are indexed whole, so the prefix "عبد" finds "عبدالله" without an extra
 *   token, and also by their second half ("عبدالرحمن" → "الرحمن", "رحمن";
 *   "ابوبكر" → "بكر");
 * - words with the article also without it ("الغامدي" → "غامدي").
 * Unique, primary words first.
 */
export function nameTokens(name: string): string[] {
  const tokens = new Set<string>();
  const words = arabicNameKey(name).split(' ').filter((word) => word !== '' && !CONNECTORS.has(word));
  for (const word of words) tokens.add(word);
  for (const word of words) for (const alias of aliasesOf(word)) tokens.add(alias);
  return [...tokens];
}

function aliasesOf(word: string): string[] {
  const aliases: string[] = [];
  for (const head of COMPOUND_HEADS) {
    const rest = word.slice(head.length);
    // The length guard keeps real names that merely start like a compound (عبده) whole.
    if (word.startsWith(head) && rest.length >= MIN_ALIAS_LENGTH) aliases.push(rest);
  }
  for (const form of [word, ...aliases]) {
    const bare = form.slice(ARTICLE.length);
    if (form.startsWith(ARTICLE) && bare.length >= MIN_ALIAS_LENGTH) aliases.push(bare);
  }
  return aliases;
}

/**
 * The tokens of a search query typed into the name search, in order; the last one is
 * the word being typed and is meant to be matched as a prefix.
 *
 * Same key pipeline as the index, so "عبد ال" becomes "عبدال", a prefix of "عبدالله".
 * Connectors are dropped (stored names are four parts, often without بن), except as the
 * last token still being typed: "محمد بن" may be the start of "محمد بندر" (a trailing
 * space says the word is finished).
 */
export function nameQueryTokens(query: string): string[] {
  const words = arabicNameKey(query).split(' ').filter((word) => word !== '');
  const lastIsPartial = !/\s$/u.test(stripInvisible(query));
  return words.filter(
    (word, index) => !CONNECTORS.has(word) || (lastIsPartial && index === words.length - 1),
  );
}
