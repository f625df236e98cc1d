// Contributions to a network, made up for benchmarks and screenshots: `contributions(n)` gives n
// contributions of every kind of organisation over three periods, with scores, how they came
// about, actions (some with text) and experiences; `setFile(list)` the combined file.
const PROFILES = ['casemanager', 'vergunningverlener', 'toezichthouder-handhaver', 'juridisch-adviseur', 'specialistisch-adviseur'];
const KINDS = ['omgevingsdienst', 'gemeente', 'provincie', 'anders'];
const PERIODS = ['2021-2022', '2023-2024', '2025-2026'];
const METHODS = ['session', 'separate_forms', 'alone'];
const ORIGINS = ['self_evaluation', 'peer_review', 'top_down', 'bottom_up'];
const STATUSES = ['planned', 'in_progress', 'done'];

/** A small deterministic random source, so every run measures the same data. */
function random(seed) {
  let s = seed >>> 0;
  return (n) => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return (s >>> 16) % n; };
}

export function contributions(n, seed = 24) {
  const r = random(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: `bijdrage-bench-${i}`,
    catalogue_id: 'kwaliteitscriteria-vth-2.3-bijlage-d',
    period: PERIODS[r(3)],
    organisation_kind: KINDS[r(4)],
    organisation: r(3) === 0 ? `Organisatie ${i}` : '',
    made_ms: 1_764_403_200_000 + i,
    profiles: Object.fromEntries(PROFILES.map((p) => {
      const nvt = r(12) === 0;
      return [p, { score: nvt ? null : 1 + r(5), not_applicable: nvt, method: nvt ? 'not_said' : METHODS[r(3)], participants: nvt ? null : 1 + r(8) }];
    })),
    peer_review_held: r(2) === 0,
    actions: Array.from({ length: r(6) }, () => ({
      profile_id: r(6) === 0 ? null : PROFILES[r(5)],
      origin: ORIGINS[r(4)],
      status: STATUSES[r(3)],
      text: r(2) === 0 ? `Actie ${r(1000)}: intervisie en training voor het team` : '',
    })),
    profile_experiences: r(4) === 0 ? { [PROFILES[r(5)]]: `Ervaring ${r(1000)}: de competentie is lastig te scoren zonder voorbeelden.` } : {},
    stappenplan_experience: r(5) === 0 ? `Het stappenplan vraagt veel tijd (${r(100)}).` : '',
  }));
}

export function setFile(list) {
  return Buffer.from(JSON.stringify({ kind: 'vth-competenties/netwerkset', schema: 1, app_version: 'bench', written_ms: 0, contributions: list }));
}

export function contributionFile(c) {
  return Buffer.from(JSON.stringify({ kind: 'vth-competenties/bijdrage', schema: 1, app_version: 'bench', catalogue_id: c.catalogue_id, written_ms: 0, contribution: c }, null, 2));
}
