// The launch side of emulation through the API: Nghệ An's special movement in two phases,
// Cluster No. 5 of the Ministry with its leader, deputy and pledge signed by all five members,
// registration of titles against a deadline — and every refusal changes nothing.
import { test, before, after } from 'node:test';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { startServer, Client } from '../lib/server.mjs';

let srv, admin;
const unit = {};
const as = {};

before(async () => {
  srv = await startServer();
  admin = new Client(srv.url);
  await admin.login('admin');
  const tree = (await admin.get('/api/v1/units/tree')).body.items;
  for (const u of tree) unit[u.code] = u.id;
  for (const name of ['canbo.nghean', 'canbo.bo', 'baocao.travinh', 'baocao.nghean', 'xem.hungyen']) {
    as[name] = new Client(srv.url);
    await as[name].login(name);
  }
});
after(async () => { await srv.stop(); srv.cleanup(); });

const auditTotal = async () => (await admin.get('/api/v1/audit?limit=1')).body.total;
const auditOf = async (entity, id) => (await admin.get(`/api/v1/audit?entity=${entity}&entity_id=${id}&limit=100`)).body.items;
const personId = async (name) => (await admin.get('/api/v1/people?q=' + encodeURIComponent(name))).body.items[0].id;

function expectError(r, status, pattern) {
  assert.equal(r.status, status, `${r.status} ${r.text}`);
  assert.equal(typeof r.body.error.message, 'string');
  if (pattern) assert.match(r.body.error.message, pattern);
}

const ngheAnPhases = () => [
  { ordinal: 1, start: '2024-10-18', end: '2025-02-03',
    title: 'Thi đua lập thành tích chào mừng kỷ niệm 95 năm ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2025)',
    focus: 'Hỗ trợ Công an cấp xã hoàn thành vượt mức các chỉ tiêu công tác năm 2024' },
  { ordinal: 2, start: '2025-02-04', end: '2025-08-19',
    title: 'Thi đua lập thành tích chào mừng kỷ niệm 80 năm Cách mạng tháng Tám thành công (19/8/1945 - 19/8/2025)' },
];
const ngheAnMovement = (over = {}) => ({
  kind: 'special',
  name: 'Phong trào thi đua đặc biệt trong lực lượng tham gia bảo vệ ANTT ở cơ sở (API)',
  organiser_unit_ids: [unit['UBND-NA'], unit['CA-NA']],
  launch: { date: '2024-10-18', place: 'TP Vinh', chairs: [{ name: 'Nguyễn Văn Đệ', position: 'Phó Chủ tịch UBND tỉnh' }, { name: 'Bùi Quang Thanh', position: 'Giám đốc Công an tỉnh' }] },
  theme: 'Lực lượng mới, khí thế mới, thi đua bảo đảm ANTT ở cơ sở trong tình hình mới',
  scope: { text: 'lực lượng tham gia bảo vệ ANTT ở cơ sở' },
  start: '2024-10-18',
  end: '2025-08-19',
  phases: ngheAnPhases(),
  content_areas: ['Nắm tình hình an ninh, trật tự', 'Tuần tra bảo đảm an ninh, trật tự'],
  targets: [{ kind: 'change', indicator: 'toi_pham_ttxh', direction: 'decrease', value: 7, unit: '%', baseline: 'previous_year' }],
  ...over,
});

let movementId;

test('an officer of Nghệ An creates the special movement with its two phases; the current phase follows the date', async () => {
  const c = as['canbo.nghean'];
  const r = await c.post('/api/v1/movements', ngheAnMovement());
  assert.equal(r.status, 201, r.text);
  movementId = r.body.id;
  assert.equal(r.body.state, 'draft');
  assert.equal(r.body.owner_unit_id, unit['CA-NA']);
  assert.deepEqual(r.body.organisers.map((o) => o.name), ['Ủy ban nhân dân tỉnh Nghệ An', 'Công an tỉnh Nghệ An']);
  assert.deepEqual(r.body.phases.map((p) => [p.ordinal, p.start, p.end]), [[1, '2024-10-18', '2025-02-03'], [2, '2025-02-04', '2025-08-19']]);

  const on = async (day) => (await c.get(`/api/v1/movements/${movementId}?at=${day}`)).body;
  assert.equal((await on('2024-12-01')).current_phase.ordinal, 1);
  assert.equal((await on('2025-02-03')).current_phase.ordinal, 1);
  const spring = await on('2025-03-01');
  assert.equal(spring.current_phase.ordinal, 2);
  assert.deepEqual(spring.phases.map((p) => p.current), [false, true]);
  const later = await on('2025-09-01');
  assert.equal(later.current_phase, null);
  assert.equal(later.period_status, 'ended');

  const audit = await auditOf('movement', movementId);
  const created = audit.find((e) => e.action === 'movement.create');
  assert.equal(created.before, null);
  assert.equal(created.after.name, ngheAnMovement().name);
  assert.equal(created.after.phases.length, 2);
  assert.equal(created.username, 'canbo.nghean');
});

test('overlapping phases or a phase outside the movement → 400 naming the phase, and nothing is stored', async () => {
  const c = as['canbo.nghean'];
  const countBefore = (await admin.get('/api/v1/movements')).body.total;
  const auditBefore = await auditTotal();
  const overlapping = ngheAnPhases();
  overlapping[1].start = '2025-01-20';
  let r = await c.post('/api/v1/movements', ngheAnMovement({ phases: overlapping }));
  expectError(r, 400, /trùng thời gian với đợt 1/);
  assert.equal(r.body.error.field, 'phases[1].start');
  const outside = ngheAnPhases();
  outside[1].end = '2025-09-02';
  r = await c.post('/api/v1/movements', ngheAnMovement({ phases: outside }));
  expectError(r, 400, /nằm ngoài thời gian của phong trào/);
  r = await c.post('/api/v1/movements', ngheAnMovement({ phases: [{ ...ngheAnPhases()[1], ordinal: 1 }, { ...ngheAnPhases()[0], ordinal: 2 }] }));
  expectError(r, 400, /thứ tự thời gian/);
  r = await c.post('/api/v1/movements', ngheAnMovement({ targets: [{ kind: 'rate', indicator: 'ty_le_kham_pha', direction: 'above', value: 120 }] }));
  expectError(r, 400);
  assert.equal(r.body.error.field, 'targets[0].value');
  // Editing the existing draft into overlapping phases is refused the same way.
  r = await c.patch(`/api/v1/movements/${movementId}`, { phases: overlapping });
  expectError(r, 400, /trùng thời gian/);
  assert.equal((await admin.get('/api/v1/movements')).body.total, countBefore);
  assert.equal(await auditTotal(), auditBefore);
  const unchanged = (await c.get(`/api/v1/movements/${movementId}`)).body;
  assert.equal(unchanged.phases[1].start, '2025-02-04');
});

test('the lifecycle moves only along allowed transitions, each audited with before and after', async () => {
  const c = as['canbo.nghean'];
  let r = await c.post(`/api/v1/movements/${movementId}/transition`, { to: 'closed', date: '2025-08-30' });
  expectError(r, 409, /Không thể chuyển/);
  r = await c.post(`/api/v1/movements/${movementId}/transition`, { to: 'launched', date: '2024-10-18' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.body.state, 'launched');
  assert.deepEqual(r.body.allowed_transitions, ['under_way']);
  r = await c.post(`/api/v1/movements/${movementId}/transition`, { to: 'under_way', date: '2024-10-17' });
  expectError(r, 400);  // before the launch and before the start
  r = await c.post(`/api/v1/movements/${movementId}/transition`, { to: 'under_way', date: '2024-10-19' });
  assert.equal(r.status, 200, r.text);
  r = await c.post(`/api/v1/movements/${movementId}/transition`, { to: 'paused', date: '2024-10-20' });
  expectError(r, 400);
  const log = (await auditOf('movement', movementId)).filter((e) => e.action === 'movement.transition');
  assert.equal(log.length, 2);
  const launch = log.find((e) => e.after.state === 'launched');
  assert.deepEqual(launch.before, { state: 'draft' });
  assert.equal(launch.after.date, '2024-10-18');
});

test('a launched movement changes its phases only with a reason, kept in the audit; its kind not at all', async () => {
  const c = as['canbo.nghean'];
  const moved = ngheAnPhases();
  moved[0].end = '2025-02-02';
  moved[1].start = '2025-02-03';
  let r = await c.patch(`/api/v1/movements/${movementId}`, { phases: moved });
  expectError(r, 400, /lý do/);
  assert.equal(r.body.error.field, 'reason');
  r = await c.patch(`/api/v1/movements/${movementId}`, { kind: 'thematic', reason: 'nhầm' });
  expectError(r, 409);
  const before = (await c.get(`/api/v1/movements/${movementId}`)).body;
  r = await c.patch(`/api/v1/movements/${movementId}`, { phases: moved, reason: 'Điều chỉnh theo Kế hoạch số 12/KH-CAT' });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.body.phases[1].start, '2025-02-03');
  assert.deepEqual(r.body.phases.map((p) => p.id), before.phases.map((p) => p.id));
  // Correcting the motto needs no reason.
  r = await c.patch(`/api/v1/movements/${movementId}`, { motto: 'Lực lượng mới, khí thế mới' });
  assert.equal(r.status, 200, r.text);
  const update = (await auditOf('movement', movementId)).find((e) => e.action === 'movement.update' && e.after.change_reason);
  assert.equal(update.after.change_reason, 'Điều chỉnh theo Kế hoạch số 12/KH-CAT');
  assert.equal(update.before.phases[1].start, '2025-02-04');
  assert.equal(update.after.phases[1].start, '2025-02-03');
});

test('a reporter of Trà Vinh can neither see nor touch Nghệ An\'s movement', async () => {
  const c = as['baocao.travinh'];
  const auditBefore = await auditTotal();
  expectError(await c.get(`/api/v1/movements/${movementId}`), 404);
  const list = (await c.get('/api/v1/movements?limit=1000')).body.items.map((m) => m.id);
  assert.ok(!list.includes(movementId));
  for (const [m, p, b] of [
    ['PATCH', `/api/v1/movements/${movementId}`, { name: 'Đổi tên trái phép' }],
    ['POST', `/api/v1/movements/${movementId}/transition`, { to: 'interim_reviewed', date: '2025-02-10' }],
    ['POST', '/api/v1/movements', ngheAnMovement({ organiser_unit_ids: [unit['CA-NA']] })],
  ]) {
    const r = await c.req(m, p, b);
    assert.ok([403, 404].includes(r.status), `${m} ${p} got ${r.status}`);
  }
  // An officer of Nghệ An cannot organise a movement for Trà Vinh's police either.
  const r = await as['canbo.nghean'].post('/api/v1/movements', ngheAnMovement({ organiser_unit_ids: [unit['CA-TV']] }));
  expectError(r, 403);
  assert.equal(await auditTotal(), auditBefore);
  assert.equal((await admin.get(`/api/v1/movements/${movementId}`)).body.name, ngheAnMovement().name);
  // Trà Vinh's own movements from the demo are there for its reporter.
  const own = (await c.get('/api/v1/movements')).body.items;
  assert.ok(own.some((m) => m.owner_unit_id === unit['CA-TV'] && m.motto === 'Phát huy truyền thống, rèn cán, lập công, vì nước, vì dân, quên thân phục vụ'));
});

test('the launch plan is attached to the movement: stored bytes come back exactly, as a download', async () => {
  const c = as['canbo.nghean'];
  const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 0xff, 0x80]), Buffer.from('Kế hoạch số 12/KH-CAT')]);
  let r = await c.post(`/api/v1/movements/${movementId}/attachments`, { name: 'Kế hoạch phát động.pdf', content_type: 'application/pdf', content_base64: bytes.toString('base64') });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.body.size, bytes.length);
  assert.equal(r.body.sha256, createHash('sha256').update(bytes).digest('hex'));
  const res = await fetch(`${srv.url}/api/v1/movements/${movementId}/attachments/${r.body.id}`, { headers: { cookie: c.cookie } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/pdf');
  assert.match(res.headers.get('content-disposition'), /^attachment; filename\*=UTF-8''/);
  assert.deepEqual(Buffer.from(await res.arrayBuffer()), bytes);
  expectError(await c.post(`/api/v1/movements/${movementId}/attachments`, { name: 'x.pdf', content_type: 'application/pdf', content_base64: '%%%' }), 400);
  expectError(await c.post(`/api/v1/movements/${movementId}/attachments`, { name: 'x.pdf', content_type: 'application/pdf', size: 10, sha256: 'abc' }), 400);
  r = await c.post(`/api/v1/movements/${movementId}/attachments`, { name: 'Biên bản.docx', content_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 20480, sha256: 'a'.repeat(64) });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.body.has_content, false);
  expectError(await as['baocao.travinh'].get(`/api/v1/movements/${movementId}/attachments/${r.body.id}`), 404);
});

let cluster5;

test('Cluster No. 5 of 2024 as seeded: Hưng Yên leads, Thái Bình deputises, merged provinces keep their 2024 names', async () => {
  const r = await as['xem.hungyen'].get('/api/v1/groups?q=' + encodeURIComponent('cụm thi đua số 5'));
  assert.equal(r.body.total, 1);
  cluster5 = r.body.items[0];
  assert.equal(cluster5.organiser_unit_name, 'Bộ Công an');
  const y = cluster5.years.find((x) => x.year === 2024);
  assert.deepEqual(y.members.map((m) => m.name),
    ['Công an tỉnh Hà Nam', 'Công an tỉnh Hải Dương', 'Công an tỉnh Hưng Yên', 'Công an tỉnh Nam Định', 'Công an tỉnh Thái Bình']);
  assert.equal(y.leader.unit_name, 'Công an tỉnh Hưng Yên');
  assert.equal(y.deputy.unit_name, 'Công an tỉnh Thái Bình');
  const tb = y.members.find((m) => m.name === 'Công an tỉnh Thái Bình');
  assert.equal(tb.status, 'merged');
  assert.equal(tb.successor_name, 'Công an tỉnh Hưng Yên');
  assert.equal(tb.role, 'deputy');
  const rules = y.documents.find((d) => d.kind === 'operating_rules');
  assert.equal(rules.date, '2024-03-19');
  assert.ok(y.pledge_id);
  const pledge = (await as['xem.hungyen'].get(`/api/v1/pledges/${y.pledge_id}`)).body;
  assert.equal(pledge.signed_count, 0);
  assert.equal(pledge.signatures.length, 5);
  assert.ok(pledge.commitments.some((x) => x.kind === 'composite' && x.all_of.length === 3));
});

test('the Ministry records Cluster No. 5\'s 2023 year: a leader who is not a member → 400 and nothing stored', async () => {
  const c = as['canbo.bo'];
  const five = ['CA-HY', 'CA-TB', 'CA-HNA', 'CA-ND', 'CA-HD'].map((k) => unit[k]);
  const auditBefore = await auditTotal();
  let r = await c.post(`/api/v1/groups/${cluster5.id}/years`, {
    year: 2023, member_unit_ids: five,
    leader: { unit_id: unit['CA-NA'], method: 'assigned', date: '2023-03-01' },
    deputy: { unit_id: unit['CA-TB'], method: 'assigned', date: '2023-03-01' },
  });
  expectError(r, 400, /không phải thành viên/);
  assert.equal(r.body.error.field, 'leader.unit_id');
  assert.equal(await auditTotal(), auditBefore);
  assert.ok(!(await c.get(`/api/v1/groups/${cluster5.id}`)).body.years.some((y) => y.year === 2023));
  // Only the organiser's officers set the group up.
  r = await as['canbo.nghean'].post(`/api/v1/groups/${cluster5.id}/years`, { year: 2023, member_unit_ids: five });
  expectError(r, 403);
  r = await c.post(`/api/v1/groups/${cluster5.id}/years`, {
    year: 2023, member_unit_ids: five,
    leader: { unit_id: unit['CA-HY'], method: 'elected', date: '2022-12-20', document: 'Biên bản hội nghị tổng kết năm 2022' },
    deputy: { unit_id: unit['CA-TB'], method: 'elected', date: '2022-12-20' },
  });
  assert.equal(r.status, 201, r.text);
  assert.deepEqual(r.body.years.map((y) => y.year), [2023, 2024]);
  const entry = (await auditOf('group', cluster5.id)).find((e) => e.action === 'group.year_create');
  assert.equal(entry.after.year, 2023);
  assert.equal(entry.after.leader.method, 'elected');
  r = await c.post(`/api/v1/groups/${cluster5.id}/years/2023/documents`, { kind: 'operating_rules', title: 'Quy chế hoạt động Cụm thi đua số 5', number: '01/QC-CTĐ5', date: '2023-03-10' });
  assert.equal(r.status, 201, r.text);
});

test('a new cluster: a unit already in Cluster No. 5 that year → 409; created with its leader → 201', async () => {
  const c = as['canbo.bo'];
  let r = await c.post('/api/v1/groups', {
    name: 'Cụm thi đua số 3', kind: 'cluster', year: 2024, organiser_unit_id: unit.BCA,
    member_unit_ids: [unit['CA-NA'], unit['CA-QB'], unit['CA-HY']],
  });
  expectError(r, 409, /Cụm thi đua số 5/);
  r = await c.post('/api/v1/groups', {
    name: 'Cụm thi đua số 3', kind: 'cluster', year: 2024, organiser_unit_id: unit.BCA,
    member_unit_ids: [unit['CA-NA'], unit['CA-QB'], unit['CA-QT']],
    leader: { unit_id: unit['CA-TV'], method: 'assigned', date: '2024-02-01' },
  });
  expectError(r, 400, /không phải thành viên/);
  r = await c.post('/api/v1/groups', {
    name: 'Cụm thi đua số 3', kind: 'cluster', year: 2024, organiser_unit_id: unit.BCA,
    member_unit_ids: [unit['CA-NA'], unit['CA-QB'], unit['CA-QT']],
    leader: { unit_id: unit['CA-NA'], method: 'assigned', date: '2024-02-01', document: 'Quyết định số 123/QĐ-BCA' },
    deputy: { unit_id: unit['CA-QB'], method: 'assigned', date: '2024-02-01' },
  });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.body.years[0].leader.document, 'Quyết định số 123/QĐ-BCA');
  // A province's officer cannot set up a Ministry cluster.
  r = await as['canbo.nghean'].post('/api/v1/groups', { name: 'Cụm X', kind: 'cluster', year: 2024, organiser_unit_id: unit.BCA, member_unit_ids: [unit['CA-NA'], unit['CA-TV']] });
  expectError(r, 403);
});

let pledgeId;
const fiveCommitments = [
  { kind: 'change', indicator: 'toi_pham_ttxh', direction: 'decrease', value: 7, unit: '%', baseline: 'previous_year', text: 'Kéo giảm ít nhất 07% số vụ phạm tội về trật tự xã hội' },
  { kind: 'rate', indicator: 'ty_le_xu_ly_tin_bao', direction: 'at_least', value: 100, text: 'Tiếp nhận, xử lý 100% tin báo, tố giác tội phạm' },
  { kind: 'rate', indicator: 'ty_le_giai_quyet_tin_bao', direction: 'above', value: 95 },
  { kind: 'composite', text: 'Giảm tai nạn giao thông cả 03 tiêu chí', all_of: [
    { kind: 'change', indicator: 'tngt_so_vu', direction: 'decrease' },
    { kind: 'change', indicator: 'tngt_nguoi_chet', direction: 'decrease' },
    { kind: 'change', indicator: 'tngt_nguoi_bi_thuong', direction: 'decrease' }] },
  { kind: 'qualitative', text: 'Bảo đảm tuyệt đối an toàn các sự kiện chính trị trên địa bàn' },
];

test('a pledge of five commitments for Cluster No. 5 in 2023; a commitment out of range → 400', async () => {
  const c = as['canbo.bo'];
  let r = await c.post('/api/v1/pledges', { group_id: cluster5.id, year: 2023, title: 'Giao ước thi đua năm 2023', commitments: [...fiveCommitments, { kind: 'count', indicator: 'mo_hinh_phong_trao_moi', direction: 'at_least', value: -1 }] });
  expectError(r, 400);
  assert.equal(r.body.error.field, 'commitments[5].value');
  // Indicators come from the catalogue, of a fitting kind.
  r = await c.post('/api/v1/pledges', { group_id: cluster5.id, year: 2023, title: 'Giao ước thi đua năm 2023', commitments: [{ kind: 'rate', indicator: 'crime_reports_resolved_rate', direction: 'above', value: 95 }] });
  expectError(r, 400, /danh mục chỉ số/);
  r = await c.post('/api/v1/pledges', { group_id: cluster5.id, year: 2023, title: 'Giao ước thi đua năm 2023', commitments: [{ kind: 'rate', indicator: 'toi_pham_ttxh', direction: 'above', value: 95 }] });
  expectError(r, 400, /tỷ lệ/);
  assert.equal(r.body.error.field, 'commitments[0].indicator');
  r = await c.post('/api/v1/pledges', { group_id: cluster5.id, year: 2023, title: 'Giao ước thi đua năm 2023', commitments: [{ kind: 'promise', text: 'x' }] });
  expectError(r, 400);
  r = await c.post('/api/v1/pledges', { group_id: cluster5.id, year: 2023, title: 'Giao ước thi đua năm 2023', commitments: fiveCommitments });
  assert.equal(r.status, 201, r.text);
  pledgeId = r.body.id;
  assert.equal(r.body.version, 1);
  assert.equal(r.body.commitments.length, 5);
  assert.equal(r.body.commitments[3].all_of[1].baseline, 'previous_year');
  assert.deepEqual(r.body.signatures.map((s) => s.signed), [false, false, false, false, false]);
  r = await c.post('/api/v1/pledges', { group_id: cluster5.id, year: 2023, title: 'Lần hai', commitments: fiveCommitments });
  expectError(r, 409, /phiên bản mới/);
});

test('all five members sign; a second signature → 409, a non-member → 400, outsiders → 403; the page shows who signed', async () => {
  const c = as['canbo.bo'];
  const sign = (client, unitId, name = 'Lãnh đạo', date = '2023-03-10') =>
    client.post(`/api/v1/pledges/${pledgeId}/signatures`, { unit_id: unitId, signer_name: name, signer_position: 'Giám đốc Công an tỉnh', date });
  // Nghệ An's officer cannot sign for Hưng Yên; Hưng Yên's viewer cannot sign at all.
  expectError(await sign(as['canbo.nghean'], unit['CA-HY']), 403);
  expectError(await sign(as['xem.hungyen'], unit['CA-HY']), 403);
  let r = await sign(c, unit['CA-HY'], 'Nguyễn Thanh Trường');
  assert.equal(r.status, 201, r.text);
  for (const k of ['CA-TB', 'CA-HNA', 'CA-ND', 'CA-HD']) {
    r = await sign(c, unit[k]);
    assert.equal(r.status, 201, r.text);
  }
  assert.equal(r.body.signed_count, 5);
  assert.equal(r.body.fully_signed, true);
  const auditBefore = await auditTotal();
  expectError(await sign(c, unit['CA-HY'], 'Ký lần hai'), 409, /đã ký/);
  const outsider = await sign(c, unit['CA-NA']);
  expectError(outsider, 400, /không phải thành viên/);
  assert.equal(await auditTotal(), auditBefore);
  const page = (await as['xem.hungyen'].get(`/api/v1/pledges/${pledgeId}`)).body;
  const hy = page.signatures.find((s) => s.unit_id === unit['CA-HY']);
  assert.deepEqual([hy.signed, hy.signer_name, hy.signer_position, hy.date], [true, 'Nguyễn Thanh Trường', 'Giám đốc Công an tỉnh', '2023-03-10']);
  const entry = (await auditOf('pledge', pledgeId)).find((e) => e.action === 'pledge.sign' && e.unit_id === unit['CA-HY']);
  assert.deepEqual(entry.before, { unit_id: unit['CA-HY'], signed: false });
  assert.equal(entry.after.signer_name, 'Nguyễn Thanh Trường');
});

test('a signed pledge is frozen: PATCH → 409; a new version is unsigned and the old one stays readable', async () => {
  const c = as['canbo.bo'];
  const auditBefore = await auditTotal();
  let r = await c.patch(`/api/v1/pledges/${pledgeId}`, { title: 'Sửa sau khi ký' });
  expectError(r, 409, /Giao ước đã ký, cần tạo phiên bản mới/);
  assert.equal(await auditTotal(), auditBefore);
  r = await c.post(`/api/v1/pledges/${pledgeId}/versions`, { commitments: fiveCommitments.slice(0, 4) });
  assert.equal(r.status, 201, r.text);
  const v2 = r.body;
  assert.equal(v2.version, 2);
  assert.equal(v2.signed_count, 0);
  assert.equal(v2.previous_version_id, pledgeId);
  assert.equal(v2.commitments.length, 4);
  const v1 = (await c.get(`/api/v1/pledges/${pledgeId}`)).body;
  assert.equal(v1.latest, false);
  assert.equal(v1.newer_version_id, v2.id);
  assert.equal(v1.signed_count, 5);
  assert.equal(v1.commitments.length, 5);
  // The old version can no longer be signed; the new one must be signed again.
  r = await c.post(`/api/v1/pledges/${pledgeId}/versions`, {});
  expectError(r, 409);
  r = await c.post(`/api/v1/pledges/${v2.id}/signatures`, { unit_id: unit['CA-HY'], signer_name: 'Nguyễn Thanh Trường', date: '2023-04-01' });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.body.signed_count, 1);
  const year = (await c.get(`/api/v1/groups/${cluster5.id}`)).body.years.find((y) => y.year === 2023);
  assert.equal(year.pledge_id, v2.id);
  // A member that signed stays a member of that year.
  r = await c.patch(`/api/v1/groups/${cluster5.id}/years/2023`, { member_unit_ids: [unit['CA-HY'], unit['CA-TB'], unit['CA-HNA'], unit['CA-ND']] });
  expectError(r, 409, /đã ký giao ước/);
});

test('registration: a deadline per year, late registrations flagged, wrong levels and duplicates refused, status per unit', async () => {
  const bo = as['canbo.bo'], na = as['canbo.nghean'];
  let r = await bo.post('/api/v1/registration-periods', { year: 2026, unit_id: unit.BCA, deadline: '2026-01-31' });
  assert.equal(r.status, 201, r.text);
  expectError(await bo.post('/api/v1/registration-periods', { year: 2026, unit_id: unit.BCA, deadline: '2026-02-15' }), 409);
  expectError(await na.post('/api/v1/registration-periods', { year: 2026, unit_id: unit.BCA, deadline: '2026-02-15' }), 403);

  const titles = (await na.get('/api/v1/titles?year=2026')).body.titles;
  assert.equal(titles.length, 8);
  r = await na.post('/api/v1/registrations', { year: 2026, unit_id: unit['CA-NA'], title_code: 'don_vi_quyet_thang', date: '2026-01-20' });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.body.late, false);
  assert.equal(r.body.deadline, '2026-01-31');
  expectError(await na.post('/api/v1/registrations', { year: 2026, unit_id: unit['CA-NA'], title_code: 'don_vi_quyet_thang', date: '2026-01-21' }), 409);
  r = await na.post('/api/v1/registrations', { year: 2026, unit_id: unit['CA-NA'], title_code: 'chien_si_thi_dua_co_so' });
  expectError(r, 400, /danh hiệu cá nhân/);
  const thanh = await personId('Bùi Quang Thanh');
  r = await na.post('/api/v1/registrations', { year: 2026, unit_id: unit['CA-NA'], person_id: thanh, title_code: 'don_vi_tien_tien' });
  expectError(r, 400, /danh hiệu tập thể/);
  r = await na.post('/api/v1/registrations', { year: 2026, unit_id: unit['CA-NA'], person_id: thanh, title_code: 'chien_si_thi_dua_co_so' });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.body.late, true);  // filed today, after 31/01/2026
  assert.equal(r.body.person_name, 'Bùi Quang Thanh');
  // A unit's reporter files its own unit's registration; Trà Vinh's reporter cannot do it for Nghệ An.
  r = await as['baocao.nghean'].post('/api/v1/registrations', { year: 2026, unit_id: unit['CA-NA-PV01'], title_code: 'don_vi_tien_tien', date: '2026-01-10' });
  assert.equal(r.status, 201, r.text);
  expectError(await as['xem.hungyen'].post('/api/v1/registrations', { year: 2026, unit_id: unit['CA-HY'], title_code: 'don_vi_tien_tien' }), 403);
  expectError(await as['baocao.travinh'].post('/api/v1/registrations', { year: 2026, unit_id: unit['CA-NA'], title_code: 'don_vi_tien_tien' }), 403);

  const list = (await na.get(`/api/v1/registrations?year=2026&unit_id=${unit['CA-NA']}`)).body;
  assert.equal(list.total, 3);  // Nghệ An's two and its division's one
  assert.deepEqual(list.items.filter((x) => x.unit_id === unit['CA-NA']).map((x) => x.late).sort(), [false, true]);

  const status = (await bo.get(`/api/v1/registrations/status?year=2026&unit_id=${unit.BCA}`)).body;
  assert.equal(status.deadline, '2026-01-31');
  const row = (code) => status.items.find((x) => x.unit_id === unit[code]);
  assert.equal(row('CA-NA').registered, true);
  assert.equal(row('CA-NA').registered_on_time, true);
  assert.equal(row('CA-HY').registered, false);
  assert.equal(row('CA-TV'), undefined);  // merged into Vĩnh Long on 1/7/2025: not a unit in 2026
  assert.ok(row('CA-VL'));
  assert.equal(status.not_registered, status.items.length - 1);
  // Nghệ An's officer sees Nghệ An's own children, not the Ministry's.
  expectError(await na.get(`/api/v1/registrations/status?year=2026&unit_id=${unit.BCA}`), 404);

  const created = (await admin.get(`/api/v1/audit?entity=registration&limit=10`)).body.items.find((e) => e.after && e.after.person_id === thanh);
  assert.equal(created.action, 'registration.create');
  assert.equal(created.after.late, true);
  assert.equal(created.unit_id, unit['CA-NA']);
});

test('the audit chain still verifies after all of it', async () => {
  const r = await admin.get('/api/v1/audit/verify');
  assert.equal(r.status, 200);
  assert.equal(r.body.ok, true);
});

test('a phase the plan does not name is saved as "Đợt N" instead of being refused (issue 8)', async () => {
  const c = as['canbo.nghean'];
  const phases = ngheAnPhases().map(({ title, ...rest }) => rest);
  phases[1].title = '';
  const r = await c.post('/api/v1/movements', ngheAnMovement({ name: 'Phong trào có đợt chưa đặt tên', phases }));
  assert.equal(r.status, 201, JSON.stringify(r.body));
  assert.deepEqual(r.body.phases.map((p) => p.title), ['Đợt 1', 'Đợt 2']);
});
