/** Display of amounts and rates: the rules package's (shared/rules/format/money.ts), the one of rule messages, screens and documents. */
export { formatBasisPoints, formatCents } from '../rules/format/money';
