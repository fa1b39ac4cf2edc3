// Element Plus in Vietnamese. Its date panel writes its header as "<year> <word>", which in
// Vietnamese reads "2026 Năm": the word is dropped here and style.css writes "Năm " before the year.
import vi from 'element-plus/es/locale/lang/vi';

export const viLocale = { ...vi, el: { ...vi.el, datepicker: { ...vi.el.datepicker, year: '' } } };
