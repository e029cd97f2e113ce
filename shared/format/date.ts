/** Display of dates: the rules package's (shared/rules/format/date.ts), the one of rule messages, screens and documents. */
export { formatDateFr, formatMonthFr } from '../rules/format/date';
