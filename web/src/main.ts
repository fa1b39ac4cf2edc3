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

// Element Plus's date panel writes its header as "<year> <word>": with the Vietnamese word that
// reads "2026 Năm". The word is dropped here and style.css puts "Năm " before the year instead.
const viLocale = { ...vi, el: { ...vi.el, datepicker: { ...vi.el.datepicker, year: '' } } };

const app = createApp(App);
app.use(ElementPlus, { locale: viLocale });
app.use(router);
app.mount('#app');
