/**
 * Which build `npm start` runs, and the plain sentence saying why. Kept apart from start.mjs (which builds
 * and spawns) so the choice can be tested with the network and the disk passed in.
 */

/**
 * @typedef {{ build: 'electron', binary: string }
 *   | { build: 'browser', cause: 'asked' }
 *   | { build: 'browser', cause: 'unreachable' | 'download-failed', host: string, reason: string }
 *   | { build: 'browser', cause: 'no-binary' | 'cannot-run', reason: string }} StartChoice
 */

/**
 * The binary when it is there; else a short probe of the download host, and the (bounded) download only
 * when the host answers, so an offline machine learns in seconds instead of after the whole timeout.
 * @param {{
 *   web: boolean,
 *   find: () => { found: true, path: string } | { found: false, reason: string },
 *   canDownload: boolean,
 *   downloadUrl: string,
 *   probe: (url: string) => Promise<{ reachable: boolean, reason?: string }>,
 *   download: () => Promise<{ ok: boolean, detail: string }>,
 *   runProblem: (binary: string) => string | null,
 * }} deps
 * @returns {Promise<StartChoice>}
 */
export async function chooseBuild(deps) {
  if (deps.web) return { build: 'browser', cause: 'asked' };
  let located = deps.find();
  if (!located.found) {
    if (!deps.canDownload) return { build: 'browser', cause: 'no-binary', reason: located.reason };
    const host = new URL(deps.downloadUrl).host;
    const probe = await deps.probe(deps.downloadUrl);
    if (!probe.reachable) return { build: 'browser', cause: 'unreachable', host, reason: probe.reason ?? 'no answer' };
    const download = await deps.download();
    located = deps.find();
    if (!located.found) return { build: 'browser', cause: 'download-failed', host, reason: download.detail };
  }
  const problem = deps.runProblem(located.path);
  if (problem) return { build: 'browser', cause: 'cannot-run', reason: problem };
  return { build: 'electron', binary: located.path };
}

const HOW_TO_DESKTOP = [
  'To run the desktop app, connect this machine to the internet (or set ELECTRON_MIRROR to a reachable mirror)',
  'and run npm start again, or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding Electron.',
  'لتشغيل تطبيق سطح المكتب صِل الجهاز بالإنترنت (أو اضبط ELECTRON_MIRROR على مرآة متاحة) وأعد npm start،',
  'أو اضبط ELECTRON_OVERRIDE_DIST_PATH على مجلد فيه Electron.',
];

/** Why the desktop app did not start, in one English clause (after "because"). */
function because(choice) {
  switch (choice.cause) {
    case 'unreachable':
      return `the Electron binary could not be downloaded from ${choice.host} (${choice.reason})`;
    case 'download-failed':
      return `the Electron download from ${choice.host} failed (${choice.reason})`;
    case 'no-binary':
      return `the Electron binary is missing (${choice.reason})`;
    case 'cannot-run':
      return `the Electron binary cannot run here (${choice.reason})`;
    default:
      return 'it was asked for (--web)';
  }
}

/**
 * The lines `npm start` prints once it knows which build runs: which build, where, and why, in English
 * then Arabic. The browser build's at-rest key lives in the profile (README), so it is named as such.
 * @param {StartChoice} choice
 * @param {string} url the browser build's address
 */
export function startMessage(choice, url) {
  if (choice.build === 'electron') {
    return [`Started the desktop app (Electron ${choice.binary}).`, 'بدأ تطبيق سطح المكتب (وصل).'].join('\n');
  }
  const lines = [
    `Started the browser build at ${url} because ${because(choice)}.`,
    `بدأت نسخة المتصفح على ${url} لأن تطبيق سطح المكتب لم يبدأ: ${choice.cause === 'asked' ? 'طُلبت نسخة المتصفح' : 'تعذّر الحصول على برنامج Electron أو تشغيله'}.`,
  ];
  if (choice.cause !== 'asked') lines.push('', ...HOW_TO_DESKTOP);
  lines.push('', 'The browser build is for trying Wasl, not for real beneficiary data (see README).');
  lines.push('نسخة المتصفح للتجربة، لا لبيانات المستفيدين الحقيقية (انظر README).');
  return lines.join('\n');
}
