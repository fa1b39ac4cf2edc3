import { createApp } from 'vue';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
// Element Plus components come with each page that uses them (unplugin-vue-components in
// vite.config.ts), so the login page loads only its own; here only the theme's variables and the
// styles of what is called from code (messages, confirmations) rather than written in templates.
import 'element-plus/theme-chalk/base.css';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import './style.css';
import App from './App.vue';
import { router } from './router';
import { installPrintHooks } from './print';

dayjs.locale('vi');

const app = createApp(App);
app.use(router);
app.mount('#app');
installPrintHooks();
