// Browser test of the HTML change report (ctest "browser: report").
//
// Usage: node tests/browser/report.test.mjs path/to/clausetrack   (from the project folder)
//
// Runs `clausetrack track` on the shipped corpus (a split report: index and
// series pages), on a small corpus this test writes (one page: a title and a
// clause quoting <script>alert(1)</script>, a series whose clauses change)
// and on a long series it writes (36 sessions, paged), opens each report in
// Debian's headless Chromium driven by playwright-core (never a downloaded
// browser), and checks: no console error, no request outside the report's
// folder, the index's search finds a clause of a series page and its link
// opens it, index.html#thread-… lands on the series page, the pager and the
// links between a thread's pages work, filters and search change what is
// visible, deep links land on the clause, the injected script stays text,
// keys work, nothing overflows at phone width. Saves screenshots (desktop,
// phone 390 px, print emulation) and a PDF into the folder given second
// (ctest: BUILD/screenshots; never under reports/, which `make` replaces whole).
// On a corpus it writes in English, Arabic and Chinese (and on the page of
// `clausetrack diff --format html` of two Arabic texts): every quoted text
// carries lang and dir, its computed direction is rtl for Arabic and ltr for
// the others, and the font Chromium renders Arabic and Chinese text with has
// those letters (asked through CDP's CSS.getPlatformFontsForNode, checked
// against fontconfig's `fc-list :charset=…`: no tofu). The long corpus has a
// series in Arabic only: its thread labels (lifecycle rows, thread cards) and
// its search hits on the index run right to left, English ones left to right.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// A series page loads in well under a second alone (bench/report.sh), but
// ctest runs this test beside the others on 2 cores: once, with a sanitizer
// build compiling beside it, Playwright's default 30 s passed before "load".
const navigationTimeout = 90000;

const binary = path.resolve(process.argv[2] || 'build/clausetrack');
const root = process.cwd();
const shots = path.resolve(process.argv[3] || path.join(path.dirname(binary), 'screenshots'));
const CHROMIUM = '/usr/bin/chromium';

let failures = 0;
let checks = 0;
function check(ok, what) {
  checks++;
  if (ok) {
    console.log(`ok ${checks} - ${what}`);
  } else {
    failures++;
    console.log(`not ok ${checks} - ${what}`);
  }
}

if (!fs.existsSync(CHROMIUM)) {
  console.log(`# SKIP: ${CHROMIUM} is not installed (scripts/install-deps.sh --test)`);
  process.exit(0);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clausetrack-browser-'));
fs.mkdirSync(shots, { recursive: true });

function track(corpus, out) {
  execFileSync(binary, ['track', '--corpus', corpus, '--rules', path.join(root, 'rules'),
    '--out', out, '--quiet', '--fail-on', 'never'], { stdio: ['ignore', 'inherit', 'inherit'] });
  return path.join(out, 'index.html');
}

// A corpus of our own: a series of three sessions (English and French the
// first year) whose demands are amended, reworded and dropped, and a clause
// quoting a script.
function writeCorpus(dir) {
  const files = {
    'manifest.yaml': `series:
  - id: north
    title: Northern Contact Group
  - id: south
    title: Southern Council <i>resolutions</i>
documents:
  - id: north-2021-en
    file: north/2021.en.txt
    series: north
    language: en
    date: 2021-05-04
    place: Oslo
    session: "2021"
  - id: north-2021-fr
    file: north/2021.fr.txt
    series: north
    language: fr
    date: 2021-05-04
    place: Oslo
    session: "2021"
  - id: north-2022
    file: north/2022.en.txt
    series: north
    language: en
    date: 2022-05-10
    place: Bergen
  - id: north-2023
    file: north/2023.en.txt
    series: north
    language: en
    date: 2023-05-09
    place: Tromsø
    title: "Joint Communique <script>alert(1)</script> of 2023"
  - id: south-2022
    file: south/2022.en.txt
    series: south
    language: en
    date: 2022-11-02
`,
    'north/2021.en.txt': `Joint Communique of the Northern Contact Group

1. The Group demands the immediate release of all fishermen detained since 12 January 2021.

2. The Group welcomes the mediation offered by the coastal states.

3. The Group urges both parties to reopen the northern border crossing.

4. The Group requests a report on the fisheries dispute before its next meeting.
`,
    'north/2021.fr.txt': `Communiqué conjoint du Groupe de contact du Nord

1. Le Groupe exige la libération immédiate de tous les pêcheurs détenus depuis le 12 janvier 2021.

2. Le Groupe salue la médiation offerte par les États côtiers.

3. Le Groupe exhorte les deux parties à rouvrir le poste frontière du nord.

4. Le Groupe demande un rapport sur le différend relatif à la pêche avant sa prochaine réunion.
`,
    'north/2022.en.txt': `Joint Communique of the Northern Contact Group

1. The Group demands the immediate release of all fishermen detained since 12 January 2022.

2. The Group warmly welcomes the mediation offered by the coastal states.

3. The Group urges both parties to reopen the northern border crossing.

4. The Group requests a report on the fisheries dispute before its next meeting.
`,
    'north/2023.en.txt': `Joint Communique of the Northern Contact Group

1. The Group demands the immediate release of all fishermen detained since 12 January 2022.

2. The Group warmly welcomes the mediation offered by the coastal states.

3. The Group condemns the banner reading <script>alert(1)</script> displayed at the crossing.
`,
    'south/2022.en.txt': `Resolution of the Southern Council

1. The Council decides to remain actively seized of the matter.
`,
  };
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return dir;
}

// A series of 36 yearly sessions with 60 paragraphs each: too large for one
// page, so the report is split and the series paged by sessions; and a small
// series in Arabic only.
function writeLongCorpus(dir) {
  let manifest = 'series:\n  - id: long\n    title: Long Standing Committee\ndocuments:\n';
  const topics = ['fisheries', 'border crossings', 'detained journalists', 'water sharing',
    'mine clearance', 'refugee returns', 'customs posts', 'radio licences', 'grain convoys',
    'railway repairs'];
  for (let y = 0; y < 36; y++) {
    const year = 1990 + y;
    manifest += `  - id: long-${year}\n    file: long/${year}.en.txt\n    series: long\n    language: en\n    date: ${year}-06-15\n`;
    let text = `Resolution of the Long Standing Committee adopted in ${year}\n\n`;
    for (let i = 1; i <= 60; i++) {
      const topic = topics[i % topics.length];
      text += `${i}. The Committee requests the parties to settle the question of ${topic} in sector ${i}, ` +
        `to report on progress in ${topic} before the session of ${year + 1}, and to keep ` +
        `${y % 3 === 0 ? 'closely' : 'regularly'} informed the monitoring mission for sector ${i}` +
        `${i === 7 && y === 35 ? ' including the wombatine observers' : ''}.\n\n`;
    }
    const p = path.join(dir, 'long', `${year}.en.txt`);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  // A series in Arabic only: its threads are labelled in Arabic.
  manifest = manifest.replace('documents:\n', '  - id: gulf\n    title: Gulf Contact Group\ndocuments:\n');
  const arabic = [
    'يطالب الفريق بالإفراج الفوري عن جميع الصيادين المحتجزين',
    'يرحب الفريق بالوساطة التي عرضتها الدول الساحلية',
    'يطلب الفريق إلى الأمين العام تقديم تقرير عن المفاوضات',
  ];
  for (const year of [2021, 2022]) {
    manifest += `  - {id: gulf-${year}-ar, file: gulf/${year}.ar.txt, series: gulf, language: ar, date: ${year}-03-02, session: "${year}"}\n`;
    const text = 'قرار فريق الاتصال المعني بالخليج\n\n' +
      arabic.map((t, i) => `${i + 1} - ${t}${year === 2022 && i === 0 ? ' دون شروط' : ''}.\n\n`).join('');
    const p = path.join(dir, 'gulf', `${year}.ar.txt`);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  fs.writeFileSync(path.join(dir, 'manifest.yaml'), manifest);
  return dir;
}

// Thread labels and search hits of a split report in the direction of their
// language: an Arabic thread's label and an Arabic hit right to left, an
// English one left to right.
async function checkLabelDirections(context, out, label) {
  const dirs = (page, sel) => page.evaluate((s) => [...document.querySelectorAll(s)].map((e) => ({
    lang: e.getAttribute('lang'), direction: getComputedStyle(e).direction })), sel);
  const pages = fs.readdirSync(path.join(out, 'series')).filter((f) => f.endsWith('.html')).sort();
  const holds = (f, lang) => fs.readFileSync(path.join(out, 'series', f), 'utf8').includes(`class="tlabel" lang="${lang}"`);
  const arPage = pages.find((f) => holds(f, 'ar'));
  const enPage = pages.find((f) => holds(f, 'en') && !holds(f, 'ar'));
  check(!!arPage && !!enPage, `${label}: a series page of Arabic threads (${arPage}) and one of English threads (${enPage})`);
  for (const [file, lang, want] of [[arPage, 'ar', 'rtl'], [enPage, 'en', 'ltr']]) {
    if (!file) continue;
    const { page, errors } = await openReport(context, path.join(out, 'series', file), `${label} ${file}`, out);
    for (const [where, sel] of [['lifecycle row', '.m-thread .tlabel'], ['thread card', 'article h4 .tlabel']]) {
      const got = await dirs(page, sel);
      const mine = got.filter((t) => t.lang === lang);
      check(mine.length > 0 && mine.every((t) => t.direction === want),
        `${label}: ${lang} thread labels of the ${where}s run ${want} (${mine.length} of ${got.length})`);
    }
    check(errors.length === 0, `${label} ${file}: no console error${errors.length ? ': ' + errors.join(' | ') : ''}`);
    if (lang === 'ar') await page.screenshot({ path: path.join(shots, 'labels-ar.png'), fullPage: true });
    await page.close();
  }
  const { page } = await openReport(context, path.join(out, 'index.html'), `${label} index`, out);
  for (const [q, lang, want] of [['الصيادين المحتجزين', 'ar', 'rtl'], ['wombatine observers', 'en', 'ltr']]) {
    await page.fill('#s-q', q);
    await page.press('#s-q', 'Enter');
    await page.waitForFunction((l) => document.querySelector(`#s-results .hit-text[lang="${l}"]`), lang,
      { timeout: 10000 }).catch(() => {});
    const hits = await dirs(page, '#s-results .hit-text');
    check(hits.length > 0 && hits.every((h) => h.lang === lang && h.direction === want),
      `${label}: searching "${q}" lists ${lang} hits running ${want} (${hits.length})`);
  }
  await page.close();
}

// Every lifecycle row shows while no filter is set, also the row of a thread
// several series share whose card is on another page; a status filter then
// keeps exactly the rows of that status.
async function checkMatrixRows(context, out, label) {
  const dir = path.join(out, 'series');
  let shared = 0;
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
    const { page } = await openReport(context, path.join(dir, f), `${label} ${f}`, out);
    const rows = await page.evaluate(() => {
      const cards = new Set([...document.querySelectorAll('article[data-thread]')].map((a) => a.dataset.thread));
      return [...document.querySelectorAll('tr[data-row]')].map((r) => ({
        carded: cards.has(r.dataset.row), hidden: r.hidden, status: r.dataset.status }));
    });
    shared += rows.filter((r) => !r.carded).length;
    const hidden = rows.filter((r) => r.hidden).length;
    check(hidden === 0, `${label} ${f}: all ${rows.length} lifecycle rows show without a filter (${hidden} hidden)`);
    if (rows.some((r) => !r.carded)) {
      const status = rows.find((r) => !r.carded).status;
      await page.selectOption('#f-status', status);
      const after = await page.evaluate((st) => [...document.querySelectorAll('tr[data-row]')]
        .every((r) => r.hidden === (r.dataset.status !== st)), status);
      check(after, `${label} ${f}: filtering status "${status}" shows exactly the rows of that status`);
    }
    await page.close();
  }
  check(shared > 0, `${label}: some lifecycle row belongs to a thread carded on another page (${shared})`);
}

// A series in three scripts: English, Arabic (right to left, with a symbol
// in Latin letters inside) and Chinese, two sessions.
function writeScriptsCorpus(dir) {
  const files = {
    'manifest.yaml': `series:
  - id: gulf
    title: Gulf Contact Group
documents:
  - {id: gulf-2021-en, file: gulf/2021.en.txt, series: gulf, language: en, date: 2021-03-02, session: "2021"}
  - {id: gulf-2021-ar, file: gulf/2021.ar.txt, series: gulf, language: ar, date: 2021-03-02, session: "2021"}
  - {id: gulf-2021-zh, file: gulf/2021.zh.txt, series: gulf, language: zh, date: 2021-03-02, session: "2021"}
  - {id: gulf-2022-en, file: gulf/2022.en.txt, series: gulf, language: en, date: 2022-03-08, session: "2022"}
  - {id: gulf-2022-ar, file: gulf/2022.ar.txt, series: gulf, language: ar, date: 2022-03-08, session: "2022"}
`,
    'gulf/2021.en.txt': `Resolution of the Gulf Contact Group

1. The Group demands the immediate release of all detained fishermen, recalling resolution S/RES/2561 (2021).

2. The Group welcomes the mediation offered by the coastal States.
`,
    'gulf/2021.ar.txt': `قرار فريق الاتصال المعني بالخليج

1 - يطالب الفريق بالإفراج الفوري عن جميع الصيادين المحتجزين، مشيرا إلى القرار S/RES/2561 (2021).

2 - يرحب الفريق بالوساطة التي عرضتها الدول الساحلية.
`,
    'gulf/2021.zh.txt': `海湾联络小组决议

1. 小组要求立即释放所有被拘留的渔民，回顾第S/RES/2561 (2021)号决议。

2. 小组欢迎沿海国家提供的调解。
`,
    'gulf/2022.en.txt': `Resolution of the Gulf Contact Group

1. The Group demands the immediate and unconditional release of all detained fishermen, recalling resolution S/RES/2561 (2021).

2. The Group welcomes the mediation offered by the coastal States.
`,
    'gulf/2022.ar.txt': `قرار فريق الاتصال المعني بالخليج

1 - يطالب الفريق بالإفراج الفوري وغير المشروط عن جميع الصيادين المحتجزين، مشيرا إلى القرار S/RES/2561 (2021).

2 - يرحب الفريق بالوساطة التي عرضتها الدول الساحلية.
`,
  };
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return dir;
}

// Font families fontconfig says hold a character (hex code point).
function familiesWith(hex) {
  const out = execFileSync('fc-list', [`:charset=${hex}`, 'family'], { encoding: 'utf8' });
  return new Set(out.split('\n').flatMap((l) => l.split(',')).map((f) => f.trim()).filter(Boolean));
}

// The platform font that renders most glyphs of the first element matching
// `selector`, through CDP (scrolled into view first: thread cards off screen
// are not rendered, content-visibility: auto).
async function renderingFont(context, page, selector) {
  await page.evaluate((sel) => { const e = document.querySelector(sel); if (e) e.scrollIntoView(); }, selector);
  await page.waitForTimeout(100);
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  if (!nodeId) return null;
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  fonts.sort((a, b) => b.glyphCount - a.glyphCount);
  return fonts.length ? fonts[0].familyName : null;
}

// Direction and fonts of the quoted texts (`selector`) of a page.
async function checkScripts(context, page, selector, label) {
  const texts = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => ({
    lang: e.getAttribute('lang'), dir: e.getAttribute('dir'), direction: getComputedStyle(e).direction,
  })), selector);
  const by = (l) => texts.filter((t) => t.lang === l);
  check(texts.length > 0 && texts.every((t) => t.lang && t.dir),
    `${label}: every ${selector} carries lang and dir (${texts.length})`);
  check(by('ar').length >= 2 && by('ar').every((t) => t.direction === 'rtl' && t.dir === 'rtl'),
    `${label}: Arabic ${selector} run right to left (${by('ar').length})`);
  const others = texts.filter((t) => t.lang !== 'ar');
  check(others.length >= 2 && others.every((t) => t.direction === 'ltr'),
    `${label}: the other ${selector} run left to right (${others.map((t) => t.lang).join(' ')})`);
  for (const [lang, hex, name] of [['ar', '627', 'Arabic'], ['zh', '4e2d', 'Chinese']]) {
    if (!by(lang).length) continue;
    const font = await renderingFont(context, page, `${selector}[lang="${lang}"]`);
    const has = familiesWith(hex);
    check(font !== null && has.has(font),
      `${label}: ${name} text is rendered with ${font}, a font that has its letters (fc-list :charset=${hex})`);
  }
}

async function checkScriptsReport(context, file, corpus, label) {
  const { page, errors } = await openReport(context, file, label);
  await checkScripts(context, page, '.version .text', label);
  await checkScripts(context, page, '.doc-title', `${label} timeline`);
  check(errors.length === 0, `${label}: no console error${errors.length ? ': ' + errors.join(' | ') : ''}`);
  await page.screenshot({ path: path.join(shots, 'scripts-desktop.png'), fullPage: true });
  // `clausetrack diff --format html` of the two Arabic texts.
  const diff = path.join(path.dirname(file), 'diff-ar.html');
  execFileSync(binary, ['diff', '--corpus', corpus, '--rules', path.join(root, 'rules'),
    '--format', 'html', '-o', diff, 'gulf-2021-ar', 'gulf-2022-ar'], { stdio: ['ignore', 'inherit', 'inherit'] });
  await page.goto(pathToFileURL(diff).href);
  const dds = await page.evaluate(() => [...document.querySelectorAll('dd')].map((e) => ({
    lang: e.getAttribute('lang'), direction: getComputedStyle(e).direction })));
  check(dds.length >= 1 && dds.every((d) => d.lang === 'ar' && d.direction === 'rtl'),
    `${label}: diff --format html of an Arabic pair quotes it right to left (${dds.length} texts)`);
  const font = await renderingFont(context, page, 'dd[lang="ar"]');
  check(font !== null && familiesWith('627').has(font), `${label}: the diff's Arabic is rendered with ${font}`);
  await page.screenshot({ path: path.join(shots, 'scripts-diff.png'), fullPage: true });
  await page.close();
}

const visibleThreads = (page) =>
  page.evaluate(() => document.querySelectorAll('article[data-thread]:not([hidden])').length);

async function openReport(context, file, label, folder = path.dirname(file)) {
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const errors = [];
  const requests = [];
  const dialogs = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  // A split report loads its search files (search/*.js) and other pages:
  // anything inside its own folder; nothing else.
  const own = pathToFileURL(folder + path.sep).href;
  page.on('request', (r) => { if (r.url().split('#')[0] !== url && !r.url().startsWith(own)) requests.push(r.url()); });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const ms = Date.now() - t0;
  console.log(`# ${label}: loaded in ${ms} ms (${(fs.statSync(file).size / 1e6).toFixed(2)} MB)`);
  return { page, url, errors, requests, dialogs };
}

async function checkFilters(page, label) {
  const total = await visibleThreads(page);
  check(total > 0, `${label}: threads are shown`);
  // A status shown by some threads but not all must narrow the list.
  const statuses = await page.evaluate(() => {
    const c = {};
    for (const a of document.querySelectorAll('article[data-thread]')) {
      const s = a.getAttribute('data-status');
      c[s] = (c[s] || 0) + 1;
    }
    return c;
  });
  const total_all = Object.values(statuses).reduce((a, b) => a + b, 0);
  const narrowing = Object.entries(statuses).find(([, n]) => n < total_all);
  if (narrowing) {
    await page.selectOption('#f-status', narrowing[0]);
    const n = await visibleThreads(page);
    check(n === narrowing[1], `${label}: status filter "${narrowing[0]}" shows ${narrowing[1]} threads (${n})`);
    const count = await page.textContent('#f-count');
    check(count.includes(`Showing ${n} of ${total_all} threads`), `${label}: the filter says how many are shown`);
    const rowsOk = await page.evaluate((s) => [...document.querySelectorAll('tr[data-row]:not([hidden])')]
      .every((r) => r.getAttribute('data-status') === s), narrowing[0]);
    check(rowsOk, `${label}: lifecycle rows follow the status filter`);
    await page.selectOption('#f-status', '');
  } else {
    console.log(`# ${label}: every thread has the same status; status filter not exercised`);
  }
  check(await visibleThreads(page) === total, `${label}: clearing the filter shows every thread again`);

  // Change class: "first" is in every thread but the ones that start with a
  // merge or split; a class present in some threads narrows.
  const change = await page.evaluate(() => {
    const all = [...document.querySelectorAll('article[data-thread]')];
    const classes = new Set(all.flatMap((a) => a.getAttribute('data-changes').split(' ')));
    for (const c of classes) {
      const n = all.filter((a) => a.getAttribute('data-changes').split(' ').includes(c)).length;
      if (n < all.length) return { c, n };
    }
    return null;
  });
  if (change) {
    await page.selectOption('#f-change', change.c);
    check(await visibleThreads(page) === change.n, `${label}: change filter "${change.c}" shows ${change.n} threads`);
    await page.selectOption('#f-change', '');
  }

  // Series: the other series' blocks disappear.
  const series = await page.evaluate(() => [...document.querySelectorAll('#f-series option')].map((o) => o.value).filter(Boolean));
  if (series.length > 1) {
    await page.selectOption('#f-series', series[0]);
    const others = await page.evaluate((s) => [...document.querySelectorAll('[data-series-block]')]
      .filter((b) => b.getAttribute('data-series-block') !== s && b.getAttribute('data-series-block') !== '')
      .every((b) => b.hidden), series[0]);
    check(others, `${label}: series filter hides the other series`);
    const mine = await page.evaluate((s) => [...document.querySelectorAll('article[data-thread]:not([hidden])')]
      .every((a) => a.getAttribute('data-series').split(' ').includes(s)), series[0]);
    check(mine, `${label}: series filter keeps only that series' threads`);
    await page.selectOption('#f-series', '');
  }

  // Severity: findings of that severity only.
  const sev = await page.evaluate(() => [...document.querySelectorAll('[data-finding]')].map((f) => f.getAttribute('data-severity')));
  if (sev.length) {
    await page.selectOption('#f-severity', sev[0]);
    const ok = await page.evaluate((s) => [...document.querySelectorAll('[data-finding]:not([hidden])')]
      .every((f) => f.getAttribute('data-severity') === s), sev[0]);
    check(ok, `${label}: severity filter keeps only "${sev[0]}" findings`);
    await page.selectOption('#f-severity', '');
  }

  // Search: a word of one thread's text narrows the list to threads holding it.
  const word = await page.evaluate(() => {
    const all = [...document.querySelectorAll('article[data-thread] .text')];
    for (const t of all.slice(Math.floor(all.length / 2))) {
      const w = (t.textContent.match(/[A-Za-z]{9,}/) || [])[0];
      if (w) return w;
    }
    return null;
  });
  if (word) {
    await page.fill('#f-q', word.toUpperCase());
    await page.waitForFunction((t) => document.querySelectorAll('article[data-thread]:not([hidden])').length < t, total, { timeout: 5000 }).catch(() => {});
    const n = await visibleThreads(page);
    const allHave = await page.evaluate((w) => [...document.querySelectorAll('article[data-thread]:not([hidden])')]
      .every((a) => a.textContent.toLowerCase().includes(w.toLowerCase())), word);
    check(n > 0 && n < total && allHave, `${label}: search "${word}" shows the ${n} threads holding it`);
  }
  await page.fill('#f-q', 'zzqxjnothingmatchesthis');
  await page.waitForFunction(() => document.querySelectorAll('article[data-thread]:not([hidden])').length === 0, null, { timeout: 5000 }).catch(() => {});
  check(await visibleThreads(page) === 0, `${label}: a search matching nothing hides every thread`);
  check(await page.isVisible('#threads-empty'), `${label}: ...and says so`);
  await page.keyboard.press('Escape');
  await page.click('#f-reset');
  await page.waitForFunction((t) => document.querySelectorAll('article[data-thread]:not([hidden])').length === t, total, { timeout: 5000 }).catch(() => {});
  check(await visibleThreads(page) === total, `${label}: Clear brings everything back`);
}

async function checkDeepLinks(page, url, label) {
  // The clause of a version in the middle of the page.
  const ids = await page.evaluate(() => [...document.querySelectorAll('.version[id^="clause-"]')].map((e) => e.id));
  check(ids.length > 0, `${label}: versions carry clause anchors`);
  if (!ids.length) return;
  const id = ids[Math.floor(ids.length * 0.6)];
  await page.goto(`${url}#${encodeURIComponent(id).replace(/%2F/g, '/')}`);
  await page.waitForTimeout(150);
  const landed = await page.evaluate((target) => {
    const el = document.getElementById(target);
    if (!el) return { found: false };
    const r = el.getBoundingClientRect();
    return { found: true, top: r.top, inView: r.top >= 0 && r.top < window.innerHeight, focused: document.activeElement === el };
  }, id);
  check(landed.found && landed.inView, `${label}: #${id} scrolls its clause into view (top ${Math.round(landed.top)})`);
  check(landed.focused, `${label}: #${id} gets the focus`);

  // A deep link to a thread hidden by a filter clears the filter.
  const thread = await page.evaluate(() => {
    const a = document.querySelectorAll('article[data-thread]');
    return a[a.length - 1].id;
  });
  await page.fill('#f-q', 'zzqxjnothingmatchesthis');
  await page.waitForFunction(() => document.querySelectorAll('article[data-thread]:not([hidden])').length === 0, null, { timeout: 5000 }).catch(() => {});
  await page.evaluate((t) => { location.hash = t; }, thread);
  await page.waitForTimeout(150);
  const shown = await page.evaluate((t) => {
    const el = document.getElementById(t);
    const r = el.getBoundingClientRect();
    return !el.hidden && r.top >= 0 && r.top < window.innerHeight;
  }, thread);
  check(shown, `${label}: #${thread} reveals a thread the search had hidden`);
}

async function checkKeys(page, url, label) {
  await page.evaluate(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); });
  await page.keyboard.press('/');
  check(await page.evaluate(() => document.activeElement && document.activeElement.id === 'f-q'), `${label}: "/" focuses the search box`);
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('j');
  const first = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('data-thread'));
  check(!!first, `${label}: "j" moves to a thread (${first})`);
  await page.keyboard.press('j');
  const second = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('data-thread'));
  await page.keyboard.press('k');
  const back = await page.evaluate(() => document.activeElement && document.activeElement.getAttribute('data-thread'));
  check(second !== first && back === first, `${label}: "j" then "k" go to the next thread and back`);
  // On a fresh load, Tab reaches the skip link first.
  await page.goto(url);
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => document.activeElement && document.activeElement.className);
  check(skip === 'skip', `${label}: the first Tab reaches the skip link`);
}

async function screenshots(context, file, name) {
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(url);
  await page.screenshot({ path: path.join(shots, `${name}-desktop.png`) });
  const modified = await page.evaluate(() => {
    const t = document.querySelector('article[data-status="modified"]') || document.querySelector('article[data-thread]');
    return t ? t.id : null;
  });
  if (modified) {
    await page.goto(`${url}#${modified}`);
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(shots, `${name}-desktop-thread.png`) });
  }
  await page.goto(`${url}#lifecycle`);
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(shots, `${name}-desktop-lifecycle.png`) });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(url);
  await page.screenshot({ path: path.join(shots, `${name}-phone.png`) });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, `${name}: nothing overflows at 390 px (${overflow} px)`);
  if (modified) {
    await page.goto(`${url}#${modified}`);
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(shots, `${name}-phone-thread.png`) });
  }

  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(shots, `${name}-print.png`) });
  const filtersHidden = await page.evaluate(() => getComputedStyle(document.getElementById('filters')).display === 'none');
  check(filtersHidden, `${name}: the print stylesheet hides the filter bar`);
  if (fs.statSync(file).size < 1e6) {
    await page.pdf({ path: path.join(shots, `${name}.pdf`), format: 'A4', printBackground: false });
  }
  await page.close();
}

// The index of a split report: its search finds a clause that lives on a
// series page and the link opens it; a deep link to a thread of a series
// page lands there.
async function checkSiteIndex(context, out, label) {
  const index = path.join(out, 'index.html');
  check(fs.statSync(index).size < 2e6, `${label}: index.html is under 2 MB (${fs.statSync(index).size} bytes)`);
  const { page, errors, requests } = await openReport(context, index, `${label} index`, out);
  check(await page.isVisible('#s-q'), `${label}: the index has a search box`);
  const seriesLinks = await page.evaluate(() => [...document.querySelectorAll('#series a[href^="series/"]')].length);
  check(seriesLinks > 0, `${label}: the index links the series pages (${seriesLinks})`);
  // A word of a clause on a series page (read from the page file itself).
  const pages = fs.readdirSync(path.join(out, 'series')).filter((f) => f.endsWith('.html')).sort();
  const seriesHtml = fs.readFileSync(path.join(out, 'series', pages[pages.length - 1]), 'utf8');
  const m = seriesHtml.match(/<div class="version[^"]*" id="(clause-[^"]+)">[\s\S]*?<p class="text"[^>]*>([^<]*)/);
  check(!!m, `${label}: a series page holds a clause`);
  if (m) {
    // Whole words (a run of ASCII letters would cut "réaffirmé" to "affirm").
    const words = (m[2].match(/\p{L}{6,}/gu) || []).slice(0, 3);
    await page.fill('#s-q', words.join(' '));
    await page.press('#s-q', 'Enter');
    await page.waitForSelector('#s-results li', { timeout: 10000 }).catch(() => {});
    const hits = await page.evaluate(() => [...document.querySelectorAll('#s-results li a')].map((a) => a.getAttribute('href')));
    const target = hits.find((h) => h.endsWith('#' + m[1]));
    check(hits.length > 0 && !!target, `${label}: searching "${words.join(' ')}" from the index finds ${m[1]} (${hits.length} hits)`);
    const status = await page.textContent('#s-status');
    check(/clauses? holds? all/.test(status), `${label}: the search says how many clauses it found ("${status}")`);
    if (target) {
      await Promise.all([page.waitForNavigation({ timeout: navigationTimeout }), page.click(`#s-results a[href="${target}"]`)]);
      await page.waitForTimeout(200);
      const landed = await page.evaluate((id) => {
        const el = document.getElementById(id);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { file: location.pathname.split('/').pop(), inView: r.top >= 0 && r.top < window.innerHeight };
      }, m[1]);
      check(!!landed && landed.inView, `${label}: the hit opens ${landed && landed.file} at the clause`);
    }
  }
  // An old deep link to the index lands on the series page holding the thread.
  const thread = (seriesHtml.match(/<article class="thread[^"]*" id="(thread-[^"]+)"/) || [])[1];
  if (thread) {
    await page.goto(`${pathToFileURL(index).href}#${thread}`);
    await page.waitForFunction(() => location.pathname.includes('/series/'), null, { timeout: 10000 }).catch(() => {});
    await page.waitForTimeout(300);
    const at = await page.evaluate((id) => {
      const el = document.getElementById(id);
      return { path: location.pathname, found: !!el, inView: !!el && el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight };
    }, thread);
    check(at.found && at.inView && at.path.includes('/series/'), `${label}: index.html#${thread} opens the thread on its series page (${at.path.split('/').pop()})`);
  }
  check(errors.length === 0, `${label} index: no console error${errors.length ? ': ' + errors.join(' | ') : ''}`);
  check(requests.length === 0, `${label} index: no request outside the report${requests.length ? ': ' + requests.join(' ') : ''}`);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(pathToFileURL(index).href);
  await page.screenshot({ path: path.join(shots, `${label.split(' ')[0]}-index.png`) });
  await page.close();
}

// A long series paged by sessions: the pager goes forth and back, a thread
// links its versions on other pages.
async function checkPaging(context, out, label) {
  const first = path.join(out, 'series', 'long.html');
  check(fs.existsSync(first) && fs.existsSync(path.join(out, 'series', 'long-p2.html')),
    `${label}: the series is split into pages (long.html, long-p2.html)`);
  for (const f of fs.readdirSync(path.join(out, 'series'))) {
    const size = fs.statSync(path.join(out, 'series', f)).size;
    check(size < 5e6, `${label}: series/${f} is under 5 MB (${size} bytes)`);
  }
  const { page, errors, requests } = await openReport(context, first, `${label} page 1`, out);
  const cols = await page.evaluate(() => document.querySelectorAll('table.matrix thead th.m-col').length);
  check(cols > 0 && cols <= 30, `${label}: page 1 shows at most 30 sessions (${cols})`);
  await Promise.all([page.waitForNavigation({ timeout: navigationTimeout }), page.click('nav.pager a[rel="next"]')]);
  const second = await page.evaluate(() => ({
    file: location.pathname.split('/').pop(),
    current: (document.querySelector('.pager [aria-current="page"]') || {}).textContent,
  }));
  check(second.file === 'long-p2.html' && !!second.current, `${label}: "Later sessions" opens ${second.file} (current: ${second.current})`);
  const back = await page.evaluate(() => {
    const a = document.querySelector('.thread-pages a');
    return a ? a.getAttribute('href') : null;
  });
  check(!!back, `${label}: a thread on page 2 links its versions on page 1 (${back})`);
  if (back) {
    await Promise.all([page.waitForNavigation({ timeout: navigationTimeout }), page.click(`.thread-pages a[href="${back}"]`)]);
    await page.waitForTimeout(200);
    const id = decodeURIComponent(back.split('#')[1]);
    const ok = await page.evaluate((i) => {
      const el = document.getElementById(i);
      return !!el && location.pathname.endsWith('/long.html') && el.getBoundingClientRect().top < window.innerHeight;
    }, id);
    check(ok, `${label}: the link opens page 1 at that version`);
  }
  check(errors.length === 0, `${label}: no console error${errors.length ? ': ' + errors.join(' | ') : ''}`);
  check(requests.length === 0, `${label}: no request outside the report${requests.length ? ': ' + requests.join(' ') : ''}`);
  await page.close();
}

const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'clausetrack-chromium-'));
let context;
try {
  track(path.join(root, 'corpus'), path.join(work, 'shipped'));
  // The shipped corpus is split: its larger series page gets the page checks.
  const shipped = path.join(work, 'shipped', 'series', 'oic-cfm-pol.html');
  const own = track(writeCorpus(path.join(work, 'corpus')), path.join(work, 'own'));
  const scriptsCorpus = writeScriptsCorpus(path.join(work, 'scripts-corpus'));
  const scripts = track(scriptsCorpus, path.join(work, 'scripts'));
  const longOut = path.join(work, 'long');
  track(writeLongCorpus(path.join(work, 'long-corpus')), longOut);

  context = await chromium.launchPersistentContext(userData, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1366, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });

  check(fs.readdirSync(path.join(work, 'own')).every((f) => !['series', 'search'].includes(f)),
    'own corpus: a small report stays one page');
  await checkScriptsReport(context, scripts, scriptsCorpus, 'scripts corpus');
  await checkSiteIndex(context, path.join(work, 'shipped'), 'shipped corpus');
  await checkSiteIndex(context, longOut, 'long series');
  await checkPaging(context, longOut, 'long series');
  await checkLabelDirections(context, longOut, 'long series');
  await checkMatrixRows(context, path.join(work, 'shipped'), 'shipped corpus');

  for (const [label, file] of [['own corpus', own], ['shipped corpus', shipped]]) {
    const { page, url, errors, requests, dialogs } = await openReport(context, file, label,
      label === 'own corpus' ? path.dirname(file) : path.join(work, 'shipped'));
    check(await page.isVisible('#filters'), `${label}: the script shows the filter bar`);
    await checkFilters(page, label);
    await checkDeepLinks(page, url, label);
    await checkKeys(page, url, label);
    check(errors.length === 0, `${label}: no console error${errors.length ? ': ' + errors.join(' | ') : ''}`);
    check(requests.length === 0, `${label}: no request but the file${requests.length ? ': ' + requests.join(' ') : ''}`);
    check(dialogs.length === 0, `${label}: no script from the corpus ran`);
    if (label === 'own corpus') {
      const injected = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        asText: document.body.textContent.includes('Joint Communique <script>alert(1)</script> of 2023'),
        title: document.body.textContent.includes('Southern Council <i>resolutions</i>'),
      }));
      check(injected.scripts === 1, 'own corpus: the page has only its own script');
      check(injected.asText, 'own corpus: the injected <script> shows as text');
      check(injected.title, 'own corpus: markup in a series title shows as text');
      const changed = await page.evaluate(() => [...document.querySelectorAll('article[data-thread]')]
        .some((a) => /reworded|amended/.test(a.getAttribute('data-changes'))));
      check(changed, 'own corpus: some thread changed from session to session');
      const diffs = await page.evaluate(() => document.querySelectorAll('.version ins, .version del').length);
      check(diffs > 0, `own corpus: word changes are marked with <ins>/<del> (${diffs})`);
    }
    await page.close();
    await screenshots(context, file, label === 'own corpus' ? 'own' : 'shipped');
  }
} catch (e) {
  failures++;
  console.log(`not ok - ${e.stack || e}`);
} finally {
  if (context) await context.close();
  fs.rmSync(userData, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
}

console.log(`1..${checks}`);
console.log(`# screenshots in ${path.relative(root, shots)}/`);
if (failures) {
  console.log(`# ${failures} failed`);
  process.exit(1);
}
