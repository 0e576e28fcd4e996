#!/usr/bin/env node
// Converts the Bitrix24 icons the app uses from `@bitrix24/b24icons-vue` (Vue render functions,
// no .svg files on npm) into
//   assets/icons/<name>.svg   one plain SVG file per icon (filled paths, no styles or scripts)
//   src/ui/icons.css          one class per icon that draws the file as a CSS mask in `currentColor`
//   src/ui/icon_data.rs       the `Icon` enum: names and classes only, no geometry
// so the wasm carries no path data, and a frame downloads only the icons it shows (each a small,
// cacheable file; the build gives them content-hashed names).
//
//   node scripts/icons-from-kit.mjs <unpacked-package-dir> <out-dir>   (writes the three into out-dir)
//   node scripts/icons-from-kit.mjs <unpacked-package-dir> --check-all (convert all 1,687 icons, report)
//
// Normally run by scripts/sync-ui-kit.sh, which `npm pack`s the pinned, integrity-checked tarball.
// Each `dist/<set>/esm/<Name>Icon.js` is evaluated in node:vm with stub `_createElementVNode` /
// `_createElementBlock` (ui-kit.md §2.3); the resulting element tree is validated and flattened to
// a list of filled paths.
//
// Supported (anything else fails the run loudly, naming the icon and the element/attribute):
//   <svg>     xmlns, fill="none"|"currentColor" (inherited), viewBox (numbers only), aria-hidden,
//             data-slot; width/height/version are ignored (CSS sizes the icon)
//   <path>    d, fill="currentColor", fill-rule / clip-rule (nonzero | evenodd)
//   <circle>, <ellipse>, <rect> (incl. rx/ry)  -> converted to an equivalent path `d`
//   <g>       only fill="currentColor" (children are flattened; no transform/opacity/style)
// Not supported: transform, opacity, stroke*, mask, clipPath, gradients, <style>, <text>, filters.
// Per-icon `omitStroke: true` drops `stroke`-only paths; use it only where the stroke is visually
// redundant with a filled path (checked by eye at 300 px, see the entry). Per-icon `flipRtl: true`
// mirrors an icon that points (arrows) in right-to-left pages.
//
// Output is deterministic: the same package gives byte-identical files.

import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

// Semantic name (Rust variant) -> kit icon. `alias` adds associated consts (`Icon::Deadline`).
// Order here is the order of `Icon::ALL`.
const ICONS = [
  // CRM entities
  { name: 'Deal', kit: 'outline::HandshakeIcon', doc: 'CRM deal (handshake).' },
  { name: 'Lead', kit: 'outline::LeadIcon', doc: 'CRM lead (the kit\'s own lead glyph).' },
  { name: 'Contact', kit: 'outline::ContactIcon', doc: 'CRM contact (contact card).' },
  { name: 'Company', kit: 'outline::CompanyIcon', doc: 'CRM company (building).' },
  { name: 'Quote', kit: 'outline::FileIcon', doc: 'CRM quote / commercial proposal (document).' },
  { name: 'Invoice', kit: 'outline::InvoiceIcon', doc: 'CRM invoice (smart invoice).' },
  { name: 'SmartProcess', kit: 'outline::SmartProcessIcon', doc: 'CRM smart process (dynamic type).' },
  { name: 'Activity', kit: 'outline::ActivityIcon', doc: 'CRM activity.' },
  { name: 'Catalog', kit: 'outline::ProductIcon', doc: 'Catalog / product (box).', alias: ['Product'] },
  // Tasks, people, time
  { name: 'Task', kit: 'outline::TaskListIcon', doc: 'Task (checkbox list).' },
  { name: 'Group', kit: 'outline::GroupIcon', doc: 'Workgroup / project (people).' },
  { name: 'User', kit: 'outline::PersonIcon', doc: 'User (person).' },
  { name: 'Calendar', kit: 'outline::CalendarIcon', doc: 'Calendar / date.' },
  { name: 'Clock', kit: 'outline::ClockIcon', doc: 'Clock / deadline / time.', alias: ['Deadline'] },
  { name: 'Hr', kit: 'outline::WalletIcon', doc: 'HR / salary (wallet).', alias: ['Salary'] },
  // Communications
  {
    name: 'Phone', kit: 'outline::PhoneUpIcon', doc: 'Telephony / call.', omitStroke: true,
    // The kit's file draws the handset twice: a 1.4 px stroke path and an even-odd filled ring
    // with the same outline. Overlaid at 300 px they coincide; the filled ring alone is kept.
  },
  { name: 'PhoneIncoming', flipRtl: true, kit: 'outline::PhoneInIcon', doc: 'Incoming call.' },
  { name: 'PhoneOutgoing', flipRtl: true, kit: 'outline::PhoneOutIcon', doc: 'Outgoing call.' },
  { name: 'Chat', kit: 'outline::ChatsIcon', doc: 'Chat / messenger.' },
  { name: 'ContactCenter', kit: 'outline::ContactCenterIcon', doc: 'Contact center.' },
  { name: 'Connector', kit: 'main::PlugIcon', doc: 'Connector / integration (plug).', alias: ['Plug'] },
  // Navigation and actions
  { name: 'Link', kit: 'outline::LinkIcon', doc: 'Link (chain).' },
  { name: 'ExternalLink', flipRtl: true, kit: 'outline::GoToLIcon', doc: 'Open elsewhere / in a slider (box with arrow).' },
  { name: 'Expand', kit: 'outline::ExpandLIcon', doc: 'Expand / open details.' },
  { name: 'Refresh', kit: 'outline::RefreshIcon', doc: 'Refresh / retry.' },
  { name: 'Search', kit: 'main::Search2Icon', doc: 'Search (the kit\'s input search glyph).' },
  { name: 'Settings', kit: 'outline::SettingsIcon', doc: 'Settings (gear).' },
  // Status
  { name: 'Info', kit: 'outline::InfoCircleIcon', doc: 'Information (i in a circle).' },
  { name: 'Warning', kit: 'main::WarningIcon', doc: 'Warning (filled triangle, as the kit uses).' },
  { name: 'Alert', kit: 'outline::AlertIcon', doc: 'Error / alert (! in a circle).', alias: ['Error'] },
  // Theme
  { name: 'Sun', kit: 'outline::SunIcon', doc: 'Light theme.' },
  { name: 'Moon', kit: 'outline::MoonIcon', doc: 'Dark theme.' },
  // Platform features
  { name: 'Robot', kit: 'outline::RobotIcon', doc: 'Automation rule / robot.' },
  { name: 'Site', kit: 'outline::EarthIcon', doc: 'Site / landing (globe).', alias: ['Landing'] },
  { name: 'Field', kit: 'outline::FormIcon', doc: 'User field / form.' },
  { name: 'Analytics', kit: 'outline::GraphsDiagramIcon', doc: 'Analytics / reports (bar chart).' },
  { name: 'Code', kit: 'outline::DeveloperResourcesIcon', doc: 'Developer information (</>).' },
];

const PKG_NAME = '@bitrix24/b24icons-vue';

function die(msg) {
  process.stderr.write(`icons-from-kit: ${msg}\n`);
  process.exit(1);
}

class Unsupported extends Error {}

/** Evaluate one compiled Vue render function and return its element tree {t, p, c}. */
function loadIcon(pkgDir, code) {
  const m = /^([a-z0-9-]+)::([A-Za-z0-9]+Icon)$/.exec(code);
  if (!m) throw new Unsupported(`bad icon code ${code}`);
  const file = path.join(pkgDir, 'dist', m[1], 'esm', `${m[2]}.js`);
  if (!fs.existsSync(file)) throw new Unsupported(`${code}: no such file ${file}`);
  let src = fs.readFileSync(file, 'utf8');
  const importRe = /^import \{[^}]*\} from "vue"\s*$/m;
  if (!importRe.test(src)) throw new Unsupported(`${code}: unexpected module shape (no vue import)`);
  src = src.replace(importRe, '');
  if (!src.includes('export default function render')) throw new Unsupported(`${code}: no render()`);
  src = src.replace('export default function render', 'globalThis.__render = function');
  const node = (t, p, c) => ({ t, p: p ?? {}, c: c == null ? [] : Array.isArray(c) ? c : [c] });
  const ctx = {
    _createElementVNode: node,
    _createElementBlock: node,
    _openBlock() {},
  };
  ctx.globalThis = ctx;
  vm.runInNewContext(src, ctx, { filename: file, timeout: 1000 });
  if (typeof ctx.__render !== 'function') throw new Unsupported(`${code}: render() not captured`);
  return ctx.__render({}, []);
}

const NUM = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
const VIEWBOX_RE = new RegExp(`^${NUM} ${NUM} ${NUM} ${NUM}$`);
const D_RE = /^[MmLlHhVvCcSsQqTtAaZz0-9eE.,+\- \n]+$/;
const RULES = new Set(['nonzero', 'evenodd']);

function num(code, el, p, k, dflt) {
  const v = p[k];
  if (v === undefined) {
    if (dflt === undefined) throw new Unsupported(`${code}: <${el}> lacks ${k}`);
    return dflt;
  }
  const s = String(v);
  if (!new RegExp(`^${NUM}$`).test(s)) throw new Unsupported(`${code}: <${el} ${k}="${s}"> is not a plain number`);
  return Number(s);
}

/** Format a number for a path: no float noise, no trailing zeros. */
function f(n) {
  const r = Math.round(n * 10000) / 10000;
  return Object.is(r, -0) ? '0' : String(r);
}

function shapeToD(code, t, p) {
  if (t === 'circle') {
    const cx = num(code, t, p, 'cx', 0), cy = num(code, t, p, 'cy', 0), r = num(code, t, p, 'r');
    return `M${f(cx - r)} ${f(cy)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0z`;
  }
  if (t === 'ellipse') {
    const cx = num(code, t, p, 'cx', 0), cy = num(code, t, p, 'cy', 0);
    const rx = num(code, t, p, 'rx'), ry = num(code, t, p, 'ry');
    return `M${f(cx - rx)} ${f(cy)}a${f(rx)} ${f(ry)} 0 1 0 ${f(2 * rx)} 0a${f(rx)} ${f(ry)} 0 1 0 ${f(-2 * rx)} 0z`;
  }
  // rect, SVG 2 rules for rx/ry (auto = the other one; clamp to half the side)
  const x = num(code, t, p, 'x', 0), y = num(code, t, p, 'y', 0);
  const w = num(code, t, p, 'width'), h = num(code, t, p, 'height');
  let rx = p.rx !== undefined ? num(code, t, p, 'rx') : undefined;
  let ry = p.ry !== undefined ? num(code, t, p, 'ry') : undefined;
  if (rx === undefined) rx = ry ?? 0;
  if (ry === undefined) ry = rx;
  rx = Math.min(rx, w / 2);
  ry = Math.min(ry, h / 2);
  if (rx <= 0 || ry <= 0) return `M${f(x)} ${f(y)}h${f(w)}v${f(h)}h${f(-w)}z`;
  return `M${f(x + rx)} ${f(y)}h${f(w - 2 * rx)}a${f(rx)} ${f(ry)} 0 0 1 ${f(rx)} ${f(ry)}` +
    `v${f(h - 2 * ry)}a${f(rx)} ${f(ry)} 0 0 1 ${f(-rx)} ${f(ry)}` +
    `h${f(-(w - 2 * rx))}a${f(rx)} ${f(ry)} 0 0 1 ${f(-rx)} ${f(-ry)}` +
    `v${f(-(h - 2 * ry))}a${f(rx)} ${f(ry)} 0 0 1 ${f(rx)} ${f(-ry)}z`;
}

const SHAPE_GEOMETRY = {
  path: ['d'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
};

/** Validate + flatten an icon tree into { viewBox, paths: [{d, fillRule, clipRule}] }. */
function convert(code, tree, opts = {}) {
  if (tree.t !== 'svg') throw new Unsupported(`${code}: root is <${tree.t}>`);
  let rootFill;
  for (const [k, v] of Object.entries(tree.p)) {
    if (k === 'xmlns' && v === 'http://www.w3.org/2000/svg') continue;
    if (k === 'fill' && (v === 'none' || v === 'currentColor')) { rootFill = v; continue; }
    // Sizing is done by CSS (`.b-icon`), so the intrinsic size and the metadata are dropped.
    if (['aria-hidden', 'data-slot', 'viewBox', 'width', 'height', 'version'].includes(k)) continue;
    throw new Unsupported(`${code}: <svg ${k}="${typeof v === 'object' ? JSON.stringify(v) : v}">`);
  }
  const viewBox = tree.p.viewBox;
  if (typeof viewBox !== 'string' || !VIEWBOX_RE.test(viewBox)) {
    throw new Unsupported(`${code}: viewBox ${JSON.stringify(viewBox)}`);
  }
  const paths = [];
  const walk = (n, inheritedFill) => {
    if (typeof n !== 'object' || n === null) throw new Unsupported(`${code}: text node ${JSON.stringify(n)}`);
    const { t, p, c } = n;
    if (t === 'g') {
      let fill = inheritedFill;
      for (const [k, v] of Object.entries(p)) {
        if (k === 'fill' && v === 'currentColor') { fill = v; continue; }
        throw new Unsupported(`${code}: <g ${k}="${typeof v === 'object' ? JSON.stringify(v) : v}">`);
      }
      for (const ch of c) walk(ch, fill);
      return;
    }
    if (!(t in SHAPE_GEOMETRY)) throw new Unsupported(`${code}: element <${t}>`);
    if (c.length) throw new Unsupported(`${code}: <${t}> has children`);
    if (opts.omitStroke && p.stroke !== undefined && p.fill === undefined) return;
    let fillRule = null, clipRule = null, fill = inheritedFill;
    for (const [k, v] of Object.entries(p)) {
      if (SHAPE_GEOMETRY[t].includes(k)) continue;
      if (k === 'fill') { fill = v; continue; }
      if (k === 'fill-rule' && RULES.has(v)) { fillRule = v; continue; }
      if (k === 'clip-rule' && RULES.has(v)) { clipRule = v; continue; }
      throw new Unsupported(`${code}: <${t} ${k}="${typeof v === 'object' ? JSON.stringify(v) : v}">`);
    }
    if (fill !== 'currentColor') throw new Unsupported(`${code}: <${t}> fill=${JSON.stringify(fill ?? null)} (need currentColor)`);
    const d = t === 'path' ? String(p.d ?? '') : shapeToD(code, t, p);
    if (!d || !D_RE.test(d)) throw new Unsupported(`${code}: path data has unexpected characters`);
    paths.push({ d: d.replace(/\s+/g, ' ').trim(), fillRule, clipRule });
  };
  for (const ch of tree.c) walk(ch, rootFill);
  if (!paths.length) throw new Unsupported(`${code}: no paths`);
  return { viewBox, paths };
}

function generate(pkgDir) {
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  if (pkg.name !== PKG_NAME) die(`${pkgDir} is ${pkg.name}, expected ${PKG_NAME}`);
  const meta = JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', 'metadata.json'), 'utf8'));
  const known = new Set(meta.list);

  const seen = new Set();
  const icons = ICONS.map((e) => {
    if (!/^[A-Z][A-Za-z0-9]*$/.test(e.name)) die(`bad variant name ${e.name}`);
    for (const n of [e.name, ...(e.alias ?? [])]) {
      if (seen.has(n)) die(`duplicate name ${n}`);
      seen.add(n);
    }
    if (!known.has(e.kit)) die(`${e.kit} is not in dist/metadata.json of ${pkg.name} ${pkg.version}`);
    try {
      return { ...e, ...convert(e.kit, loadIcon(pkgDir, e.kit), e) };
    } catch (err) {
      if (err instanceof Unsupported) die(`${e.name}: ${err.message}`);
      throw err;
    }
  });

  return { pkg, icons };
}

/** `PhoneIncoming` -> `phone-incoming`: the icon's file and class name. */
function kebab(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function attr(s) {
  // Inputs are validated against D_RE / VIEWBOX_RE / RULES: no quotes, angle brackets or ampersands.
  if (/["<>&\\]/.test(s)) die(`refusing to emit ${JSON.stringify(s)}`);
  return s;
}

function svgFile(icon) {
  const paths = icon.paths.map((p) => {
    let a = `<path d="${attr(p.d)}"`;
    if (p.fillRule) a += ` fill-rule="${attr(p.fillRule)}"`;
    if (p.clipRule) a += ` clip-rule="${attr(p.clipRule)}"`;
    return a + '/>';
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${attr(icon.viewBox)}">${paths.join('')}</svg>\n`;
}

function cssFile(pkg, icons) {
  const out = [];
  out.push(`/* GENERATED by scripts/icons-from-kit.mjs (run via scripts/sync-ui-kit.sh); do not edit.`);
  out.push(`   One class per icon: the icon's file (assets/icons/, from npm ${pkg.name}@${pkg.version},`);
  out.push(`   MIT, Copyright (c) 2024 Bitrix24) as a mask over currentColor; see icon.css. */`);
  for (const i of icons) {
    const url = `url(assets/icons/${kebab(i.name)}.svg)`;
    out.push(`.b-i-${kebab(i.name)} { -webkit-mask-image: ${url}; mask-image: ${url}; }`);
  }
  const flips = icons.filter((i) => i.flipRtl).map((i) => `[dir="rtl"] .b-i-${kebab(i.name)}`);
  if (flips.length) out.push(`/* Icons that point mirror in right-to-left pages. */`, `${flips.join(',\n')} { transform: scaleX(-1); }`);
  return out.join('\n') + '\n';
}

function rustFile(pkg, icons) {
  const out = [];
  const w = (s = '') => out.push(s);
  w(`//! The Bitrix24 "Air" icons the app uses, by meaning.`);
  w(`//!`);
  w(`//! GENERATED by \`scripts/icons-from-kit.mjs\` (run via \`scripts/sync-ui-kit.sh\`); do not edit.`);
  w(`//! Source: npm \`${pkg.name}@${pkg.version}\`, MIT licence, Copyright (c) 2024 Bitrix24`);
  w(`//! (full text: \`assets/icons/LICENSE.b24icons-vue\`).`);
  w(`//!`);
  w(`//! The geometry is not in the wasm: each icon is a file, \`assets/icons/<name>.svg\`, drawn by its`);
  w(`//! CSS class (\`src/ui/icons.css\`) as a mask in \`currentColor\`; see [\`Icon::class\`].`);
  w();
  w(`/// The icons available to the app, by meaning.`);
  w(`#[derive(Clone, Copy, PartialEq, Eq, Hash)]`);
  w(`#[cfg_attr(debug_assertions, derive(Debug))]`);
  w(`pub enum Icon {`);
  for (const i of icons) {
    w(`    /// ${i.doc} Kit: \`${i.kit}\`.`);
    w(`    ${i.name},`);
  }
  w(`}`);
  w();
  w(`impl Icon {`);
  w(`    /// Every icon, in declaration order.`);
  w(`    pub const ALL: [Self; ${icons.length}] = [`);
  for (const i of icons) w(`        Self::${i.name},`);
  w(`    ];`);
  for (const i of icons) {
    for (const a of i.alias ?? []) {
      w();
      w(`    /// Alias of [\`Icon::${i.name}\`].`);
      w(`    #[allow(`);
      w(`        non_upper_case_globals,`);
      w(`        reason = "an alias reads like the enum variant it stands for"`);
      w(`    )]`);
      w(`    pub const ${a}: Self = Self::${i.name};`);
    }
  }
  w();
  w(`    /// The icon's CSS class (\`b-i-<name>\`, in \`src/ui/icons.css\`).`);
  w(`    #[must_use]`);
  w(`    pub const fn class(self) -> &'static str {`);
  w(`        match self {`);
  for (const i of icons) w(`            Self::${i.name} => "b-i-${kebab(i.name)}",`);
  w(`        }`);
  w(`    }`);
  w();
  w(`    /// The icon's file, relative to the app's root (for tests and previews).`);
  w(`    #[cfg(debug_assertions)]`);
  w(`    #[must_use]`);
  w(`    pub const fn file(self) -> &'static str {`);
  w(`        match self {`);
  for (const i of icons) w(`            Self::${i.name} => "assets/icons/${kebab(i.name)}.svg",`);
  w(`        }`);
  w(`    }`);
  w();
  w(`    /// The source icon in \`${pkg.name}\`, as \`"<set>::<Name>Icon"\`.`);
  w(`    #[cfg(debug_assertions)]`);
  w(`    #[must_use]`);
  w(`    pub const fn kit_name(self) -> &'static str {`);
  w(`        match self {`);
  for (const i of icons) w(`            Self::${i.name} => "${i.kit}",`);
  w(`        }`);
  w(`    }`);
  w(`}`);
  return out.join('\n') + '\n';
}

/** Writes the SVG files, the CSS and the Rust enum under outDir (assets/icons, src/ui). */
function writeAll(pkgDir, outDir) {
  const { pkg, icons } = generate(pkgDir);
  fs.mkdirSync(path.join(outDir, 'assets', 'icons'), { recursive: true });
  fs.mkdirSync(path.join(outDir, 'src', 'ui'), { recursive: true });
  for (const i of icons) fs.writeFileSync(path.join(outDir, 'assets', 'icons', `${kebab(i.name)}.svg`), svgFile(i));
  fs.writeFileSync(path.join(outDir, 'src', 'ui', 'icons.css'), cssFile(pkg, icons));
  fs.writeFileSync(path.join(outDir, 'src', 'ui', 'icon_data.rs'), rustFile(pkg, icons));
}

function checkAll(pkgDir) {
  const meta = JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', 'metadata.json'), 'utf8'));
  const reasons = new Map();
  let ok = 0;
  for (const code of meta.list) {
    try {
      convert(code, loadIcon(pkgDir, code));
      ok++;
    } catch (err) {
      if (!(err instanceof Unsupported)) throw err;
      const why = err.message.replace(/^\S+: /, '').replace(/"[^"]*"/g, '"…"').replace(/\d+(\.\d+)?/g, 'N');
      reasons.set(why, (reasons.get(why) ?? 0) + 1);
    }
  }
  process.stdout.write(`${ok} of ${meta.list.length} icons convert\n`);
  for (const [why, n] of [...reasons].sort((a, b) => b[1] - a[1])) process.stdout.write(`${String(n).padStart(5)}  ${why}\n`);
}

const [pkgDir, target] = process.argv.slice(2);
if (!pkgDir || !target) die('usage: icons-from-kit.mjs <unpacked @bitrix24/b24icons-vue dir> <out-dir | --check-all>');
if (target === '--check-all') {
  checkAll(pkgDir);
} else {
  writeAll(pkgDir, target);
}
