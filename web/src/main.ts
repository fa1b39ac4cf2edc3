import { createApp } from 'vue';
import ElementPlus from 'element-plus';
import vi from 'element-plus/es/locale/lang/vi';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'element-plus/dist/index.css';
import './style.css';
import App from './App.vue';
import { router } from './router';

dayjs.locale('vi');

const app = createApp(App);
app.use(ElementPlus, { locale: vi });
app.use(router);
app.mount('#app');
