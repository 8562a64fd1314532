// The four operations the crash tests interrupt, each with how to prepare a
// fresh instance of it, send it, and judge from the database alone whether
// it is wholly there ("present"), wholly absent ("absent") or anything else
// (a partial outcome, described). The audit record must be there exactly
// when the data is.
import { readZip, writeZip } from './zip.mjs';
import { query, scalar } from './node.mjs';

// The first 1,000 of 22 elements by sex × 2 sexes × the 23 open demo units.
// All equal in one batch, so every "≤" validation rule between them holds.
const BATCH_ELEMENTS = [
  'staff_total', 'staff_managers', 'staff_managers_trained', 'staff_teachers', 'staff_teachers_standard',
  'staff_teachers_above', 'staff_masters', 'staff_phd', 'staff_party', 'mass_org_leaders',
  'staff_trained_ge', 'staff_health_checked', 'committee_members', 'committee_trained', 'party_admitted',
  'party_class', 'staff_births', 'students_total', 'students_reached', 'students_communicators',
  'youth_15_18', 'youth_15_18_lower_secondary',
];
const BATCH_SIZE = 1000;
export const ROSTER_ORG = 'THCS-TANMY';
const REPORT_ORGS = ['THCS-TANMY', 'TH-TANMY', 'MN-HOAMAI', 'THPT-ANLAC', 'THCS-VANHA'];
const PLAN_ORG = 'SGD-AL';
const q = (s) => `'${String(s).replaceAll("'", "''")}'`;
const count = (db, sql) => Number(scalar(db, sql) ?? 0);

function verdict(present, absent, facts) {
  if (present) return { outcome: 'present', facts };
  if (absent) return { outcome: 'absent', facts };
  return { outcome: 'partial', facts };
}

/** A roster workbook of `people` rows, made from the server's own template. */
export function rosterWorkbook(template, people) {
  const files = readZip(template);
  const wb = files.get('xl/workbook.xml').toString('utf8');
  const names = [...wb.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
  const part = `xl/worksheets/sheet${names.indexOf('Danh sách') + 1}.xml`;
  const xml = files.get(part).toString('utf8');
  const cell = (ref, v) =>
    typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const rows = [];
  for (let i = 0; i < people; i++) {
    const r = i + 5;
    const female = i % 3 !== 0;
    rows.push(
      `<row r="${r}">${cell(`A${r}`, i + 1)}${cell(`B${r}`, `Người số ${i + 1}`)}${cell(`C${r}`, female ? 'Nữ' : 'Nam')}` +
        `${cell(`D${r}`, 1960 + (i % 40))}${cell(`E${r}`, i % 10 === 0 ? 'Hiệu trưởng' : 'Giáo viên')}` +
        `${cell(`F${r}`, i % 10 === 0 ? 'Có' : 'Không')}${cell(`H${r}`, 'Có')}</row>`,
    );
  }
  // Keep the header rows (1–4) and replace whatever follows.
  const kept = [...xml.matchAll(/<row [^>]*r="(\d+)"[^>]*(?:\/>|>[\s\S]*?<\/row>)/g)]
    .filter((m) => Number(m[1]) <= 4)
    .map((m) => m[0])
    .join('');
  const out = xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, `<sheetData>${kept}${rows.join('')}</sheetData>`);
  files.set(part, Buffer.from(out, 'utf8'));
  return writeZip(files);
}

export function makeOperations(db) {
  let trial = 0;
  return {
    datavalues: {
      async prepare(node) {
        const n = trial++;
        const period = `${2060 + Math.floor(n / 12)}${String((n % 12) + 1).padStart(2, '0')}`;
        const units = query(db, "SELECT code FROM org_units WHERE closed = '' ORDER BY id").map((r) => r[0]);
        const values = [];
        for (const org of units)
          for (const element of BATCH_ELEMENTS)
            for (const sex of ['female', 'male']) values.push({ element, sex, org, period, value: (n % 7) + 1 });
        values.length = BATCH_SIZE;
        return {
          periods: [period],
          body: { values },
          send: () => node.api('POST', '/api/v1/datavalues', { values }),
          check() {
            const nv = count(db, `SELECT COUNT(*) FROM data_values WHERE period = ${q(period)}`);
            // One audit record for each unit and period the batch changes.
            const na = count(
              db,
              `SELECT COUNT(*) FROM audit_log WHERE entity = 'datavalues' AND entity_key LIKE ${q(`%/${period}`)}`,
            );
            const cells = new Set(values.map((v) => v.org)).size;
            return verdict(nv === values.length && na === cells, nv === 0 && na === 0, { values: nv, audit: na, cells });
          },
        };
      },
    },
    roster: {
      expected: null, // values one import saves, learnt from the calibration run
      workbook: null,
      async prepare(node) {
        const n = trial++;
        const period = `${2030 + Math.floor(n / 2)}S${(n % 2) + 1}`;
        if (!this.workbook) {
          const t = await fetch(`${node.base}/api/v1/rosters/template`, {
            headers: { Authorization: `Bearer ${node.token}` },
          });
          if (t.status !== 200) throw new Error(`roster template: ${t.status}`);
          this.workbook = rosterWorkbook(Buffer.from(await t.arrayBuffer()), 10000);
        }
        const self = this;
        return {
          periods: [period],
          send: async () => {
            const r = await node.api(
              'POST',
              `/api/v1/rosters/import?org=${ROSTER_ORG}&period=${period}`,
              self.workbook,
              'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            );
            if (r.status === 200 && r.json.people !== 10000) throw new Error(`roster counted ${r.json.people} people`);
            if (r.status === 200 && self.expected === null) self.expected = r.json.saved;
            return r;
          },
          check() {
            const nv = count(
              db,
              `SELECT COUNT(*) FROM data_values v JOIN org_units o ON o.id = v.org_id` +
                ` WHERE o.code = ${q(ROSTER_ORG)} AND v.period = ${q(period)}`,
            );
            const na = count(
              db,
              `SELECT COUNT(*) FROM audit_log WHERE entity = 'datavalues' AND entity_key = ${q(`${ROSTER_ORG}/${period}`)}`,
            );
            const want = self.expected ?? -1;
            return verdict(nv === want && na === 1 && want > 0, nv === 0 && na === 0, { values: nv, audit: na, want });
          },
        };
      },
    },
    approval: {
      async prepare(node) {
        const n = trial++;
        const org = REPORT_ORGS[n % REPORT_ORGS.length];
        const period = `${2100 + Math.floor(n / 2)}S${(n % 2) + 1}`;
        const sub = await node.api('POST', `/api/v1/reports/${org}/${period}/submit`, {});
        if (sub.status !== 200) throw new Error(`submit ${org}/${period}: ${sub.status} ${sub.text}`);
        return {
          periods: [],
          send: () => node.api('POST', `/api/v1/reports/${org}/${period}/approve`, {}),
          check() {
            const status = scalar(
              db,
              `SELECT r.status FROM reports r JOIN org_units o ON o.id = r.org_id WHERE o.code = ${q(org)} AND r.period = ${q(period)}`,
            );
            const locks = count(
              db,
              `SELECT COUNT(*) FROM data_locks l JOIN org_units o ON o.id = l.org_id WHERE o.code = ${q(org)} AND l.period = ${q(period)}`,
            );
            const audit = count(
              db,
              `SELECT COUNT(*) FROM audit_log WHERE entity = 'report' AND action = 'approve' AND entity_key = ${q(`${org}/${period}`)}`,
            );
            return verdict(
              status === 'approved' && locks === 1 && audit === 1,
              status === 'submitted' && locks === 0 && audit === 0,
              { status, locks, audit },
            );
          },
        };
      },
    },
    issue: {
      issued: null, // the plan in force, which a new version supersedes
      draft: null, // a version left unissued by an earlier trial
      async prepare(node) {
        trial++;
        if (this.issued === null) {
          const list = await node.api('GET', `/api/v1/plans?org=${PLAN_ORG}`);
          const plans = Array.isArray(list.json) ? list.json : list.json?.plans ?? [];
          const found = plans.find((p) => p.status === 'issued');
          if (!found) throw new Error(`no issued plan of ${PLAN_ORG}: ${list.text.slice(0, 300)}`);
          this.issued = found.id;
        }
        if (this.draft === null) {
          const v = await node.api('POST', `/api/v1/plans/${this.issued}/versions`, {});
          if (v.status !== 201 && v.status !== 200) throw new Error(`new version: ${v.status} ${v.text}`);
          this.draft = v.json.id ?? v.json.plan?.id;
        }
        const self = this;
        const draft = this.draft;
        const old = this.issued;
        return {
          periods: [],
          send: () => node.api('POST', `/api/v1/plans/${draft}/issue`, { date: '05/01/2026' }),
          check() {
            const [d] = query(db, `SELECT status, number FROM plans WHERE id = ${draft}`);
            const oldStatus = scalar(db, `SELECT status FROM plans WHERE id = ${old}`);
            const audit = count(
              db,
              `SELECT COUNT(*) FROM audit_log WHERE entity = 'plan' AND action = 'issue' AND entity_key = ${q(draft)}`,
            );
            const v = verdict(
              d[0] === 'issued' && Number(d[1]) > 0 && oldStatus === 'superseded' && audit === 1,
              d[0] === 'draft' && Number(d[1]) === 0 && oldStatus === 'issued' && audit === 0,
              { draft: d.join('/'), old: oldStatus, audit },
            );
            if (v.outcome === 'present') {
              self.issued = draft;
              self.draft = null;
            }
            return v;
          },
        };
      },
    },
  };
}
