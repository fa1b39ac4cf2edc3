import { createRouter, createWebHashHistory } from 'vue-router';
import { ensureSession, session, forget } from './session';
import { onUnauthorized } from './api';

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    adminOnly?: boolean;
    title?: string;
  }
}

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/login', name: 'login', component: () => import('./views/LoginView.vue'), meta: { public: true, title: 'Đăng nhập' } },
    {
      path: '/',
      component: () => import('./views/MainLayout.vue'),
      children: [
        { path: '', redirect: '/overview' },
        { path: 'overview', name: 'overview', component: () => import('./views/OverviewView.vue'), meta: { title: 'Tổng quan' } },
        { path: 'national', name: 'national', component: () => import('./views/NationalView.vue'), meta: { title: 'Xếp hạng toàn quốc' } },
        { path: 'teams', name: 'teams', component: () => import('./views/TeamsView.vue'), meta: { title: 'Tổ bảo vệ ANTT' } },
        { path: 'groups/:id(\\d+)/years/:year(\\d+)/sheets', name: 'sheets', component: () => import('./views/BlockSheetsView.vue'), meta: { title: 'Chấm điểm cả khối' } },
        { path: 'units', name: 'units', component: () => import('./views/UnitsView.vue'), meta: { title: 'Đơn vị' } },
        { path: 'units/:id(\\d+)', name: 'unit', component: () => import('./views/UnitView.vue'), meta: { title: 'Đơn vị' } },
        { path: 'people', name: 'people', component: () => import('./views/PeopleView.vue'), meta: { title: 'Cán bộ, tổ viên' } },
        { path: 'people/:id(\\d+)', name: 'person', component: () => import('./views/PersonView.vue'), meta: { title: 'Cán bộ, tổ viên' } },
        { path: 'users', name: 'users', component: () => import('./views/UsersView.vue'), meta: { title: 'Người dùng', adminOnly: true } },
        { path: 'movements', name: 'movements', component: () => import('./views/MovementsView.vue'), meta: { title: 'Phong trào thi đua' } },
        { path: 'movements/:id(\\d+)', name: 'movement', component: () => import('./views/MovementView.vue'), meta: { title: 'Phong trào thi đua' } },
        { path: 'plans/import', name: 'plan-import', component: () => import('./views/PlanImportView.vue'), meta: { title: 'Nhập kế hoạch, bài viết' } },
        { path: 'groups', name: 'groups', component: () => import('./views/GroupsView.vue'), meta: { title: 'Cụm, khối thi đua' } },
        { path: 'groups/:id(\\d+)', name: 'group', component: () => import('./views/GroupView.vue'), meta: { title: 'Cụm, khối thi đua' } },
        { path: 'groups/:id(\\d+)/years/:year(\\d+)/scores', name: 'scores', component: () => import('./views/ScoresView.vue'), meta: { title: 'Chấm điểm, xếp hạng' } },
        { path: 'groups/:id(\\d+)/years/:year(\\d+)/documents', name: 'documents', component: () => import('./views/DocumentsView.vue'), meta: { title: 'Văn bản, báo cáo' } },
        { path: 'imports', name: 'imports', component: () => import('./views/ImportView.vue'), meta: { title: 'Nhập từ Excel' } },
        { path: 'schemes', name: 'schemes', component: () => import('./views/SchemesView.vue'), meta: { title: 'Quy định chấm điểm' } },
        { path: 'pledges/:id(\\d+)', name: 'pledge', component: () => import('./views/PledgeView.vue'), meta: { title: 'Giao ước thi đua' } },
        { path: 'registrations', name: 'registrations', component: () => import('./views/RegistrationsView.vue'), meta: { title: 'Đăng ký thi đua' } },
        { path: 'reports', name: 'reports', component: () => import('./views/ReportsView.vue'), meta: { title: 'Báo cáo định kỳ' } },
        { path: 'reports/new', name: 'report-new', component: () => import('./views/ReportView.vue'), meta: { title: 'Báo cáo định kỳ' } },
        { path: 'reports/:id(\\d+)', name: 'report', component: () => import('./views/ReportView.vue'), meta: { title: 'Báo cáo định kỳ' } },
        { path: 'commendation', name: 'commendation', component: () => import('./views/CommendationView.vue'), meta: { title: 'Khen thưởng' } },
        { path: 'commendation/proposals/:id(\\d+)', name: 'proposal', component: () => import('./views/ProposalView.vue'), meta: { title: 'Hồ sơ đề nghị khen thưởng' } },
        { path: 'people/:id(\\d+)/record', name: 'person-record', component: () => import('./views/RecordView.vue'), meta: { title: 'Quá trình khen thưởng' } },
        { path: 'units/:id(\\d+)/record', name: 'unit-record', component: () => import('./views/RecordView.vue'), meta: { title: 'Quá trình khen thưởng' } },
        { path: 'groups/:id(\\d+)/years/:year(\\d+)/honour', name: 'honour', component: () => import('./views/GroupYearEndView.vue'), meta: { title: 'Suy tôn đơn vị dẫn đầu' } },
        { path: 'password', name: 'password', component: () => import('./views/PasswordView.vue'), meta: { title: 'Đổi mật khẩu' } },
        { path: 'audit', name: 'audit', component: () => import('./views/AuditView.vue'), meta: { title: 'Nhật ký' } },
      ],
    },
    { path: '/:pathMatch(.*)*', redirect: '/overview' },
  ],
});

router.beforeEach(async (to) => {
  const loggedIn = await ensureSession();
  if (to.meta.public) {
    if (loggedIn && to.name === 'login') return { path: (to.query.redirect as string) || '/overview' };
    return true;
  }
  if (!loggedIn) return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
  if (to.meta.adminOnly && session.user?.role !== 'admin') return { path: '/units' };
  return true;
});

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} – Thi đua – Khen thưởng CAND` : 'Thi đua – Khen thưởng CAND';
});

// A 401 from any API call: the session is gone, back to the login page.
onUnauthorized(() => {
  forget();
  const cur = router.currentRoute.value;
  if (cur.name !== 'login') {
    void router.replace({ name: 'login', query: { redirect: cur.fullPath } });
  }
});
