// The calls of api_document.test.mjs: every operation of the API on the demo
// province (one sequence, each step using what the previous ones created),
// then the usual errors. Each call names its path template, so that the test
// finds the operation in the document; `expect` is the status the step needs.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function multipart(name, filename, type, bytes) {
  const boundary = '----bd' + Date.now();
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\n` +
    `Content-Type: ${type}\r\n\r\n`;
  return {
    type: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

export async function apiScenario({ doc, server, as, anonymous }) {
  let n = 0;
  const made = [];  // every call of the scenario, replayed by a school viewer at the end
  const wrap = (c) => ({
    login: c.login,
    call: (method, template, path, options = {}) => {
      n++;
      made.push([method, template, path, options]);
      return c.call(method, template, path, options);
    },
  });
  const enums = (schema, field) => doc.components.schemas[schema].properties[field].enum;
  const admin = wrap(await as('admin'));
  const school = wrap(await as('thcs.tanmy'));
  const officer = wrap(await as('thcs.tanmy.tv'));
  const approver = wrap(await as('so.pheduyet'));
  const viewer = wrap(await as('so.xem'));
  const nobody = wrap(anonymous());
  const A = (m, t, p = t, o = {}) => admin.call(m, t, p, o);

  // System.
  await nobody.call('GET', '/healthz', '/healthz', { expect: 200 });
  await nobody.call('GET', '/metrics', '/metrics', { expect: 200 });
  await nobody.call('GET', '/static/{path}', '/static/app.css', { expect: 200 });
  await nobody.call('GET', '/static/{path}', '/static/nothing.css', { expect: 404 });
  await nobody.call('GET', '/lang/{code}', '/lang/en?next=/plans', { expect: 303 });
  await nobody.call('GET', '/favicon.ico', '/favicon.ico', { expect: 301 });
  await nobody.call('GET', '/api/v1/openapi.json', '/api/v1/openapi.json', { expect: 200 });

  // Accounts.
  await nobody.call('POST', '/api/v1/login', '/api/v1/login', { json: { username: 'admin', password: 'sai-mat-khau' }, expect: 401 });
  await nobody.call('GET', '/api/v1/me', '/api/v1/me', { expect: 401 });
  await A('GET', '/api/v1/me', undefined, { expect: 200 });
  await nobody.call('GET', '/api/v1/me/agenda', '/api/v1/me/agenda', { expect: 401 });
  for (const who of [admin, school, approver, viewer])
    await who.call('GET', '/api/v1/me/agenda', '/api/v1/me/agenda', { expect: 200 });
  await A('GET', '/api/v1/users', undefined, { expect: 200 });
  const user = await A('POST', '/api/v1/users', undefined, {
    json: { username: 'kiem.tra', full_name: 'Người Kiểm Tra', org: 'THCS-TANMY', roles: ['viewer'], password: 'mat-khau-123' },
    expect: 201,
  });
  const uid = user.json.id;
  await A('POST', '/api/v1/users', undefined, {
    json: { username: 'kiem.tra', full_name: 'Trùng', org: 'THCS-TANMY', roles: ['viewer'], password: 'mat-khau-123' },
    expect: 409,
  });
  await A('GET', '/api/v1/users/{id}', `/api/v1/users/${uid}`, { expect: 200 });
  await A('GET', '/api/v1/users/{id}', '/api/v1/users/999999', { expect: 404 });
  await A('PATCH', '/api/v1/users/{id}', `/api/v1/users/${uid}`, { json: { full_name: 'Người Kiểm Tra Hai' }, expect: 200 });
  await A('POST', '/api/v1/users/{id}/password', `/api/v1/users/${uid}/password`, { json: { password: 'mat-khau-456' }, expect: 204 });
  const kt = wrap(anonymous());
  await kt.login('kiem.tra', 'mat-khau-456');
  await kt.call('POST', '/api/v1/account/password', '/api/v1/account/password', {
    json: { current_password: 'mat-khau-456', new_password: 'mat-khau-789' },
    expect: 204,
  });
  await kt.call('POST', '/api/v1/logout', '/api/v1/logout', { expect: 204 });
  await A('GET', '/api/v1/tokens', undefined, { expect: 200 });
  const token = await A('POST', '/api/v1/tokens', undefined, { json: { name: 'Máy chủ báo cáo' }, expect: 201 });
  await A('GET', '/api/v1/tokens', undefined, { expect: 200 });
  await A('DELETE', '/api/v1/tokens/{id}', `/api/v1/tokens/${token.json.id}`, { expect: 204 });

  // Units.
  await A('GET', '/api/v1/orgunits', '/api/v1/orgunits?q=tan%20my&include_closed=true&root=SGD-AL', { expect: 200 });
  await A('POST', '/api/v1/orgunits', undefined, {
    json: { code: 'TH-KIEMTRA', name: 'Trường Tiểu học Kiểm Tra', type: 'school_primary', parent: 'SGD-AL' },
    expect: 201,
  });
  await A('POST', '/api/v1/orgunits', undefined, {
    json: { code: 'TH-KIEMTRA', name: 'Trùng mã', type: 'school_primary', parent: 'SGD-AL' },
    expect: 409,
  });
  await A('GET', '/api/v1/orgunits/{code}', '/api/v1/orgunits/SGD-AL', { expect: 200 });
  await A('GET', '/api/v1/orgunits/{code}', '/api/v1/orgunits/BGDDT', { expect: 200 });
  await A('GET', '/api/v1/orgunits/{code}', '/api/v1/orgunits/KHONG-CO', { expect: 404 });
  await A('PATCH', '/api/v1/orgunits/{code}', '/api/v1/orgunits/TH-KIEMTRA', { json: { short_name: 'TH Kiểm Tra' }, expect: 200 });
  await A('POST', '/api/v1/restructurings', undefined, {
    json: { units: ['TH-KIEMTRA'], parent: 'UBND-XA-TANMY', governor: 'UBND-XA-TANMY', effective: '2026-01-01', dry_run: true },
    expect: 200,
  });
  await A('POST', '/api/v1/restructurings', undefined, {
    json: { units: ['TH-KIEMTRA'], parent: 'SGD-AL', governor: 'UBND-XA-TANMY', close_emptied: false },
    expect: 201,
  });
  await A('POST', '/api/v1/restructurings', undefined, { json: { units: ['KHONG-CO'], parent: 'SGD-AL' }, expect: 422 });
  await A('POST', '/api/v1/restructurings/undo', undefined, { json: { parent: 'SGD-AL' }, expect: 200 });
  await A('POST', '/api/v1/restructurings/undo', undefined, { json: { parent: 'SGD-AL' }, expect: 404 });

  // Catalog.
  await A('GET', '/api/v1/dataelements', undefined, { expect: 200 });
  await A('POST', '/api/v1/dataelements', undefined, {
    json: { code: 'kt_count', name: 'Số người kiểm tra', value_type: 'count', by_sex: true },
    expect: 201,
  });
  await A('GET', '/api/v1/datasets', undefined, { expect: 200 });
  await A('PUT', '/api/v1/datasets/{code}/required', '/api/v1/datasets/DIEUKIEN/required', {
    json: { required: ['students_total'] }, expect: 422,
  });
  await A('PUT', '/api/v1/datasets/{code}/required', '/api/v1/datasets/DIEUKIEN/required', {
    json: { required: [] }, expect: 200,
  });
  await A('GET', '/api/v1/indicators', undefined, { expect: 200 });
  await A('POST', '/api/v1/indicators', undefined, {
    json: { code: 'kt_ind', name: 'Chỉ số kiểm tra', expression: '#{staff_managers.female} / #{staff_managers} * 100', unit: 'percent' },
    expect: 201,
  });
  await A('GET', '/api/v1/targets', undefined, { expect: 200 });
  await A('POST', '/api/v1/targets', undefined, {
    json: { code: 'KT_TARGET', name: 'Chỉ tiêu kiểm tra', indicator: 'pct_women_managers', comparator: 'ge', value: 30, when: 'every_year', org: 'SGD-AL' },
    expect: 201,
  });

  // Data.
  await school.call('POST', '/api/v1/datavalues', '/api/v1/datavalues', {
    json: { values: [{ element: 'staff_total', sex: 'female', org: 'THCS-TANMY', period: '2026S1', value: 12 }] },
    expect: 200,
  });
  await A('POST', '/api/v1/datavalues', undefined, {
    json: { values: [{ element: 'staff_total', sex: 'female', org: 'THCS-TANMY', period: '2025S1', value: 12 }] },
    expect: 409,
  });
  for (const period of ['2025S1', '2025', '2026S1'])
    await A('GET', '/api/v1/datavalues', `/api/v1/datavalues?org=THCS-TANMY&period=${period}`, { expect: 200 });
  await A('GET', '/api/v1/datavalues', '/api/v1/datavalues?org=THCS-TANMY&period=2025X', { expect: 400 });
  await A('GET', '/api/v1/analytics', '/api/v1/analytics?indicator=pct_women_managers&org=SGD-AL&period=2025S1&children=true', { expect: 200 });
  await A('GET', '/api/v1/analytics', '/api/v1/analytics?indicator=pct_women_managers&org=SGD-AL&period=2024', { expect: 200 });
  await A('GET', '/api/v1/targets/status', '/api/v1/targets/status?org=SGD-AL&period=2025', { expect: 200 });
  await school.call('GET', '/api/v1/targets/status', '/api/v1/targets/status?org=THCS-TANMY&period=2025S1', { expect: 200 });
  await A('GET', '/api/v1/targets/{code}/children', '/api/v1/targets/T_WOMEN_MANAGERS/children?org=SGD-AL&period=2025', { expect: 200 });
  await A('GET', '/api/v1/dashboard/{org}', '/api/v1/dashboard/SGD-AL?period=2025S1', { expect: 200 });
  await A('GET', '/api/v1/dashboard/{org}', '/api/v1/dashboard/UBND-XA-TANMY', { expect: 200 });
  await school.call('GET', '/api/v1/dashboard/{org}', '/api/v1/dashboard/THCS-TANMY?period=2025', { expect: 200 });
  await school.call('GET', '/api/v1/dashboard/{org}', '/api/v1/dashboard/SGD-AL?period=2025', { expect: 403 });
  await A('GET', '/api/v1/dashboard/{org}/{target}', '/api/v1/dashboard/SGD-AL/T_STAFF_TRAINED?period=2025', { expect: 200 });
  await A('GET', '/api/v1/dashboard/{org}/{target}', '/api/v1/dashboard/SGD-AL/T_NO_SUCH?period=2025', { expect: 404 });
  const sheet = await school.call('GET', '/api/v1/spreadsheets/template', '/api/v1/spreadsheets/template?org=THCS-TANMY&period=2026S1', { expect: 200 });
  await school.call('POST', '/api/v1/spreadsheets/import', '/api/v1/spreadsheets/import', { body: sheet.bytes, type: xlsx, expect: 200 });
  await school.call('POST', '/api/v1/spreadsheets/import', '/api/v1/spreadsheets/import', { body: 'không phải xlsx', type: xlsx, expect: 400 });
  const roster = await school.call('GET', '/api/v1/rosters/template', '/api/v1/rosters/template', { expect: 200 });
  await school.call('POST', '/api/v1/rosters/import', '/api/v1/rosters/import?org=THCS-TANMY&period=2026S1', { body: roster.bytes, type: xlsx, expect: 422 });

  // Plans.
  await A('GET', '/api/v1/plans', '/api/v1/plans?org=SGD-AL', { expect: 200 });
  const plans = await school.call('GET', '/api/v1/plans', '/api/v1/plans', { expect: 200 });
  const content = {
    year: 2027, subject: 'Kế hoạch kiểm tra', place: 'Tân Mỹ', signer: { title: 'Hiệu trưởng', name: 'Nguyễn Văn An' },
    objectives: [{ title: 'Nâng cao nhận thức về bình đẳng giới' }],
  };
  const plan = await A('POST', '/api/v1/plans', undefined, { json: { org: 'TH-KIEMTRA', ...content }, expect: 201 });
  const pid = plan.json.id;
  await A('GET', '/api/v1/plans/{id}', `/api/v1/plans/${pid}`, { expect: 200 });
  await A('PATCH', '/api/v1/plans/{id}', `/api/v1/plans/${pid}`, { json: { ...content, subject: 'Kế hoạch kiểm tra, sửa' }, expect: 200 });
  // Trình ký: sent, sent back with a comment, sent again; issuing signs it.
  const sign = (what, json, expect) => A('POST', `/api/v1/plans/{id}/${what}`, `/api/v1/plans/${pid}/${what}`, { json, expect });
  await sign('send-for-signature', { note: 'Kính trình' }, 200);
  await sign('send-for-signature', {}, 409);
  await sign('send-back', { comment: 'Bổ sung mục tiêu' }, 200);
  await sign('send-back', { comment: 'Lại' }, 409);
  await sign('send-for-signature', {}, 200);
  await A('POST', '/api/v1/plans/{id}/issue', `/api/v1/plans/${pid}/issue`, { json: {}, expect: 200 });
  await A('POST', '/api/v1/plans/{id}/issue', `/api/v1/plans/${pid}/issue`, { json: {}, expect: 409 });
  await A('POST', '/api/v1/plans/{id}/versions', `/api/v1/plans/${pid}/versions`, { expect: 201 });
  await A('GET', '/api/v1/plans/{id}/docx', `/api/v1/plans/${pid}/docx`, { expect: 200 });
  const sgdPlan = (await A('GET', '/api/v1/plans', '/api/v1/plans?org=SGD-AL', { expect: 200 })).json.plans.find((p) => p.status === 'issued');
  await A('GET', '/api/v1/plans/{id}/coverage', `/api/v1/plans/${sgdPlan.id}/coverage`, { expect: 200 });
  await A('POST', '/api/v1/plans/{id}/implement', `/api/v1/plans/${sgdPlan.id}/implement`, { json: { org: 'TH-KIEMTRA' }, expect: 201 });
  await A('GET', '/api/v1/plans/{id}', '/api/v1/plans/999999', { expect: 404 });
  void plans;

  // Reports.
  await A('GET', '/api/v1/reports/completeness', '/api/v1/reports/completeness?org=SGD-AL&period=2025S1', { expect: 200 });
  await A('GET', '/api/v1/reports/completeness', '/api/v1/reports/completeness', { expect: 400 });
  await A('GET', '/api/v1/reports/{org}/{period}', '/api/v1/reports/THCS-TANMY/2025S1', { expect: 200 });
  await A('GET', '/api/v1/reports/{org}/{period}', '/api/v1/reports/BGDDT/2025', { expect: 200 });
  const report = '/api/v1/reports/THCS-TANMY/2026S1';
  await school.call('PATCH', '/api/v1/reports/{org}/{period}', report, { json: { results: 'Đã tổ chức tập huấn.' }, expect: 200 });
  await school.call('POST', '/api/v1/reports/{org}/{period}/submit', report + '/submit', { json: {}, expect: 200 });
  await approver.call('POST', '/api/v1/reports/{org}/{period}/return', report + '/return', { json: { comment: 'Bổ sung số liệu.' }, expect: 200 });
  await school.call('POST', '/api/v1/reports/{org}/{period}/submit', report + '/submit', { json: {}, expect: 200 });
  await approver.call('POST', '/api/v1/reports/{org}/{period}/approve', report + '/approve', { json: {}, expect: 200 });
  await approver.call('POST', '/api/v1/reports/{org}/{period}/approve', report + '/approve', { json: {}, expect: 409 });
  await approver.call('POST', '/api/v1/reports/{org}/{period}/reopen', report + '/reopen', { json: { reason: 'Sửa số liệu.' }, expect: 200 });
  // Several at once: all or none.
  await school.call('POST', '/api/v1/reports/{org}/{period}/submit', report + '/submit', { json: {}, expect: 200 });
  const approvals = (orgs, expect) =>
    approver.call('POST', '/api/v1/reports/approvals', '/api/v1/reports/approvals', { json: { period: '2026S1', orgs }, expect });
  await approvals(['THCS-TANMY'], 200);
  await approvals(['THCS-TANMY'], 409);
  await approvals([], 422);
  await approver.call('POST', '/api/v1/reports/{org}/{period}/reopen', report + '/reopen', { json: { reason: 'Sửa số liệu.' }, expect: 200 });
  await approver.call('POST', '/api/v1/reports/{org}/{period}/not-required', '/api/v1/reports/TH-KIEMTRA/2026S1/not-required', {
    json: { reason: 'Trường mới thành lập.' },
    expect: 200,
  });
  for (const suffix of ['', '.docx', '.xlsx'])
    await viewer.call('GET', `/api/v1/reports/{org}/{period}/consolidated${suffix}`, `/api/v1/reports/SGD-AL/2025S2/consolidated${suffix}?include_submitted=true`, { expect: 200 });
  await viewer.call('GET', '/api/v1/reports/{org}/{period}/consolidated', '/api/v1/reports/SGD-AL/2025/consolidated', { expect: 200 });

  // Exchange with DHIS2 and ADX: each format in, each out, identifiers.
  const adx = '<?xml version="1.0" encoding="UTF-8"?>\n<adx xmlns="urn:ihe:qrph:adx:2015" exported="2026-07-01T00:00:00Z">' +
    '<group orgUnit="THCS-TANMY" period="2026-07-01/P6M" dataSet="NHANSU"><dataValue dataElement="staff_total" sex="female" value="30"/>' +
    '<dataValue dataElement="staff_total" sex="male" value="12"/></group></adx>';
  await school.call('POST', '/api/v1/dataValueSets', '/api/v1/dataValueSets?dryRun=true', { body: adx, type: 'application/adx+xml', expect: 200 });
  await school.call('POST', '/api/v1/dataValueSets', '/api/v1/dataValueSets', { body: adx, type: 'application/adx+xml', expect: 200 });
  await school.call('POST', '/api/v1/dataValueSets', '/api/v1/dataValueSets', { body: 'staff_total,2026S2,SGD-AL,female,,3\n', type: 'text/csv', expect: 409 });
  await school.call('POST', '/api/v1/dataValueSets', '/api/v1/dataValueSets?atomicMode=NONE', {
    json: { dataSet: 'NHANSU', period: '2026S2', orgUnit: 'THCS-TANMY', dataValues: [{ dataElement: 'staff_managers', categoryOptionCombo: 'female', value: 2 }] },
    expect: 200,
  });
  await school.call('POST', '/api/v1/dataValueSets', '/api/v1/dataValueSets', { body: 'x', type: 'text/plain', expect: 415 });
  const sets = '?dataSet=NHANSU&orgUnit=THCS-TANMY&period=2026S2';
  for (const ext of ['', '.json', '.csv', '.xml', '.adx'])
    await school.call('GET', `/api/v1/dataValueSets${ext}`, `/api/v1/dataValueSets${ext}${sets}`, { expect: 200 });
  await school.call('GET', '/api/v1/dataValueSets', '/api/v1/dataValueSets?dataSet=NHANSU&orgUnit=SGD-AL&period=2026S2', { expect: 403 });
  const mapping = { system: 'DHIS2', mappings: [{ kind: 'orgUnit', code: 'THCS-TANMY', external: 'DiszpKrYNg8' }] };
  await A('PUT', '/api/v1/externalIds', '/api/v1/externalIds', { json: mapping, expect: 200 });
  await school.call('PUT', '/api/v1/externalIds', '/api/v1/externalIds', { json: mapping, expect: 403 });
  await A('GET', '/api/v1/externalIds', '/api/v1/externalIds?system=DHIS2', { expect: 200 });

  // Activities and evidence.
  await A('GET', '/api/v1/activities', '/api/v1/activities?org=SGD-AL&subtree=1&year=2026', { expect: 200 });
  await A('GET', '/api/v1/activities', '/api/v1/activities?type=training&status=done', { expect: 200 });
  const act = await school.call('POST', '/api/v1/activities', '/api/v1/activities', {
    json: { org: 'THCS-TANMY', type: 'training', status: 'done', title: 'Tập huấn bình đẳng giới', start: '2026-03-02', end: '2026-03-02', audience: ['staff'], participants: { staff: { female: 5, male: 3 } } },
    expect: 201,
  });
  const aid = act.json.id;
  await school.call('GET', '/api/v1/activities/{id}', `/api/v1/activities/${aid}`, { expect: 200 });
  await school.call('PATCH', '/api/v1/activities/{id}', `/api/v1/activities/${aid}`, { json: { title: 'Tập huấn giới, lần 2' }, expect: 200 });
  const up = multipart('file', 'anh.png', 'image/png', png);
  const ev = await school.call('POST', '/api/v1/activities/{id}/evidence', `/api/v1/activities/${aid}/evidence`, { ...up, expect: 201 });
  await school.call('GET', '/api/v1/activities/{id}', `/api/v1/activities/${aid}`, { expect: 200 });
  await school.call('GET', '/api/v1/evidence/{id}', `/api/v1/evidence/${ev.json.id}`, { expect: 200 });
  await school.call('DELETE', '/api/v1/activities/{id}', `/api/v1/activities/${aid}`, { expect: 204 });
  await school.call('GET', '/api/v1/activities/{id}', `/api/v1/activities/${aid}`, { expect: 404 });

  // Committee.
  const role = enums('CommitteeMember', 'role');
  const committee = '/api/v1/committee/THCS-TANMY';
  await school.call('GET', '/api/v1/committee/{org}', committee + '?on=2026-01-15', { expect: 200 });
  const member = { full_name: 'Nguyễn Thị Hoa', sex: 'female', role: role[0], position: 'Hiệu trưởng', term_start: '2026-01-05', decision_no: '01/QĐ-THCS', decision_date: '2026-01-04', trained: true };
  const added = await school.call('POST', '/api/v1/committee/{org}/members', committee + '/members', { json: member, expect: 201 });
  const mid = added.json.members.find((m) => m.full_name === member.full_name).id;
  await school.call('PUT', '/api/v1/committee/{org}/members/{id}', `${committee}/members/${mid}`, { json: { ...member, phone: '0912345678' }, expect: 200 });
  await school.call('POST', '/api/v1/committee/{org}/members/{id}/end', `${committee}/members/${mid}/end`, { json: { on: '2026-06-30' }, expect: 200 });
  await school.call('POST', '/api/v1/committee/{org}/recompositions', committee + '/recompositions', {
    json: { from: '2026-07-01', decision_no: '15/QĐ-THCS', decision_date: '2026-06-30', members: [{ ...member, term_start: '2026-07-01' }, { full_name: 'Trần Văn Nam', sex: 'male', role: role[3], term_start: '2026-07-01' }] },
    expect: 201,
  });
  await school.call('GET', '/api/v1/committee/{org}', committee, { expect: 200 });

  // Commendations.
  const level = enums('CommendationInput', 'level');
  await school.call('GET', '/api/v1/commendations', '/api/v1/commendations?org=THCS-TANMY&year=2026', { expect: 200 });
  const person = { full_name: 'Lê Thị Mai', sex: 'female', level: level[0], title: 'Giấy khen', reason: 'Thành tích công tác', decision_no: '07/QĐ', decision_date: '2026-05-20' };
  const cm = await school.call('POST', '/api/v1/commendations', '/api/v1/commendations', { json: { org: 'THCS-TANMY', ...person }, expect: 201 });
  await school.call('POST', '/api/v1/commendations', '/api/v1/commendations', {
    json: { collective: true, honoree_name: 'Tổ Ngữ văn', level: level[0], title: 'Tập thể lao động tiên tiến', decision_no: '08/QĐ', decision_date: '2026-05-20' },
    expect: 201,
  });
  await school.call('GET', '/api/v1/commendations/{id}', `/api/v1/commendations/${cm.json.id}`, { expect: 200 });
  await school.call('PUT', '/api/v1/commendations/{id}', `/api/v1/commendations/${cm.json.id}`, { json: { ...person, movement: 'Dạy tốt' }, expect: 200 });
  await school.call('GET', '/api/v1/commendations', '/api/v1/commendations', { expect: 200 });
  await school.call('DELETE', '/api/v1/commendations/{id}', `/api/v1/commendations/${cm.json.id}`, { expect: 204 });

  // Hotlines.
  await nobody.call('GET', '/api/v1/hotlines', '/api/v1/hotlines?org=THCS-TANMY', { expect: 200 });
  await nobody.call('GET', '/api/v1/hotlines', '/api/v1/hotlines', { expect: 400 });
  const svc = await school.call('POST', '/api/v1/hotlines', '/api/v1/hotlines', { json: { org: 'THCS-TANMY', name: 'Tổ tư vấn học đường', phone: '0912000111', kind: 'hotline' }, expect: 201 });
  await school.call('POST', '/api/v1/hotlines/display', '/api/v1/hotlines/display', { json: { org: 'THCS-TANMY', year: 2026, displayed: true }, expect: 200 });
  await nobody.call('GET', '/api/v1/hotlines', '/api/v1/hotlines?org=THCS-TANMY', { expect: 200 });
  await school.call('PUT', '/api/v1/hotlines/{id}', `/api/v1/hotlines/${svc.json.id}`, { json: { name: 'Tổ tư vấn', phone: '0912000112' }, expect: 200 });
  await school.call('DELETE', '/api/v1/hotlines/{id}', `/api/v1/hotlines/${svc.json.id}`, { expect: 204 });

  // Incidents.
  await viewer.call('GET', '/api/v1/incidents/counts', '/api/v1/incidents/counts?org=SGD-AL&year=2025', { expect: 200 });
  await viewer.call('GET', '/api/v1/incidents/counts', '/api/v1/incidents/counts?org=SGD-AL', { expect: 400 });
  await officer.call('GET', '/api/v1/incidents', '/api/v1/incidents?org=THCS-TANMY', { expect: 200 });
  const inc = await officer.call('POST', '/api/v1/incidents', '/api/v1/incidents', {
    json: { occurred_on: '2026-02-03', kind: enums('IncidentInput', 'kind')[1], sex: 'female', age_band: '11-14' },
    expect: 201,
  });
  await officer.call('GET', '/api/v1/incidents/{id}', `/api/v1/incidents/${inc.json.id}`, { expect: 200 });
  await officer.call('PUT', '/api/v1/incidents/{id}', `/api/v1/incidents/${inc.json.id}`, {
    json: { occurred_on: '2026-02-03', kind: inc.json.kind, sex: 'female', age_band: '11-14', status: 'referred', referral: 'Trạm y tế xã' },
    expect: 200,
  });
  await school.call('GET', '/api/v1/incidents', '/api/v1/incidents', { expect: 403 });

  // Inspections.
  await school.call('GET', '/api/v1/inspections', '/api/v1/inspections', { expect: 200 });
  const insp = await A('POST', '/api/v1/inspections', undefined, {
    json: { org: 'THCS-TANMY', by_org: 'SGD-AL', date: '2026-04-10', scope: 'Công tác bình đẳng giới', followups: [{ text: 'Niêm yết đường dây nóng', due: '2026-05-10' }] },
    expect: 201,
  });
  await A('GET', '/api/v1/inspections/{id}', `/api/v1/inspections/${insp.json.id}`, { expect: 200 });
  await A('PUT', '/api/v1/inspections/{id}', `/api/v1/inspections/${insp.json.id}`, {
    json: { org: 'THCS-TANMY', by_org: 'SGD-AL', status: 'done', date: '2026-04-10', scope: 'Công tác bình đẳng giới', findings: 'Đạt', followups: insp.json.followups.map((f) => ({ id: f.id, text: f.text, due: f.due })) },
    expect: 200,
  });
  const item = insp.json.followups[0].id;
  await school.call('POST', '/api/v1/inspections/{id}/followups/{item}/response', `/api/v1/inspections/${insp.json.id}/followups/${item}/response`, {
    json: { response: 'Đã niêm yết tại cổng trường', status: 'done' },
    expect: 200,
  });
  await A('GET', '/api/v1/inspections', '/api/v1/inspections?org=SGD-AL', { expect: 200 });

  // Last, the unit goes: closing it.
  await A('DELETE', '/api/v1/orgunits/{code}', '/api/v1/orgunits/TH-KIEMTRA', { expect: 200 });

  // A school viewer makes every call again: reads answer or are refused,
  // writes are refused (never 2xx), each as the document says.
  const schoolViewer = wrap(anonymous());
  await schoolViewer.login('kiem.tra', 'mat-khau-789');
  const own = /^\/api\/v1\/(login|logout|account|tokens)/;
  for (const [method, template, path, options] of made.splice(0)) {
    if (own.test(template)) continue;
    const { expect, ...rest } = options;
    void expect;
    const refused = [400, 403, 404, 409, 413, 415, 422];
    await schoolViewer.call(method, template, path, method === 'GET' ? rest : { ...rest, expect: refused });
  }

  // The usual errors: they are in the document too.
  await A('POST', '/api/v1/orgunits', undefined, { body: '{"code":', type: 'application/json', expect: 400 });
  await A('POST', '/api/v1/orgunits', undefined, { body: 'code=X', type: 'application/x-www-form-urlencoded', expect: 400 });
  await A('POST', '/api/v1/orgunits', undefined, { json: { code: 'X1', name: 'X', type: 'không-có', parent: 'SGD-AL' }, expect: 422 });
  await A('POST', '/api/v1/datavalues', undefined, { json: { values: [{ element: 'staff_total', org: 'SGD-AL', period: '2026', value: 'x'.repeat(1100 * 1024) }] }, expect: 413 });
  await viewer.call('POST', '/api/v1/orgunits', '/api/v1/orgunits', { json: { code: 'X2', name: 'X', type: 'school_primary', parent: 'SGD-AL' }, expect: 403 });
  await viewer.call('GET', '/api/v1/users/{id}', '/api/v1/users/1', { expect: [403, 404] });
  await nobody.call('POST', '/api/v1/logout', '/api/v1/logout', { expect: 401 });
  return n;
}
