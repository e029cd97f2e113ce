/** One style sheet for every printed document: A4, 9 pt body, boxed sections with capitalised titles. */
import { StyleSheet } from '@react-pdf/renderer';
import { FONT_FAMILY } from './fonts';

const INK = '#111111';
const MUTED = '#4a4a4a';
const RULE = '#222222';
const SHADE = '#e4e8ee';

export const styles = StyleSheet.create({
  page: { fontFamily: FONT_FAMILY, fontSize: 9, color: INK, paddingTop: 26, paddingBottom: 46, paddingHorizontal: 30, lineHeight: 1.3 },
  ministry: { fontSize: 8, color: MUTED, textAlign: 'center', marginBottom: 4 },
  title: { fontSize: 13, fontWeight: 'bold', textAlign: 'center', letterSpacing: 0.3 },
  subtitle: { fontSize: 10.5, fontWeight: 'bold', textAlign: 'center', marginTop: 2 },
  legalRef: { fontSize: 8.5, fontStyle: 'italic', textAlign: 'center', marginTop: 2, marginBottom: 8 },
  section: { borderWidth: 0.8, borderColor: RULE, marginBottom: 6 },
  sectionTitle: {
    backgroundColor: SHADE,
    borderBottomWidth: 0.8,
    borderColor: RULE,
    paddingHorizontal: 5,
    paddingVertical: 2.5,
    fontWeight: 'bold',
    fontSize: 9,
    letterSpacing: 0.4,
  },
  sectionBody: { paddingHorizontal: 6, paddingVertical: 4 },
  row: { flexDirection: 'row', flexWrap: 'wrap', marginBottom: 3 },
  cell: { flexGrow: 1, flexBasis: 0, paddingRight: 6 },
  label: { color: MUTED },
  value: { fontWeight: 'bold' },
  valueLine: { borderBottomWidth: 0.5, borderColor: '#9aa3ad', borderStyle: 'dotted', minHeight: 11, paddingBottom: 0.5 },
  sub: { fontSize: 7.5, color: MUTED },
  check: { marginRight: 10 },
  boxesRow: { flexDirection: 'row', alignItems: 'flex-start', marginBottom: 5 },
  boxGroup: { marginRight: 7, alignItems: 'center' },
  boxLine: { flexDirection: 'row' },
  box: { width: 13, height: 15, borderWidth: 0.8, borderColor: RULE, marginRight: -0.8, textAlign: 'center', paddingTop: 2, fontSize: 9.5, fontWeight: 'bold' },
  boxCaption: { fontSize: 7, color: MUTED, marginTop: 1.5 },
  paragraph: { marginBottom: 4, textAlign: 'justify' },
  heading: { fontSize: 9.5, fontWeight: 'bold', marginTop: 6, marginBottom: 3 },
  bigHeading: { fontSize: 11, fontWeight: 'bold', textAlign: 'center', marginBottom: 6 },
  bullet: { flexDirection: 'row', marginBottom: 2, paddingLeft: 6 },
  bulletMark: { width: 12 },
  bulletText: { flexGrow: 1, flexBasis: 0 },
  footer: {
    position: 'absolute',
    bottom: 16,
    left: 30,
    right: 30,
    borderTopWidth: 0.8,
    borderColor: RULE,
    paddingTop: 4,
    flexDirection: 'row',
    justifyContent: 'space-between',
    fontSize: 7.5,
  },
  footerCopy: { fontWeight: 'bold', fontSize: 8.5 },
  table: { borderWidth: 0.8, borderColor: RULE, marginBottom: 6 },
  tableHead: { flexDirection: 'row', backgroundColor: SHADE, borderBottomWidth: 0.8, borderColor: RULE, fontWeight: 'bold' },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.4, borderColor: '#9aa3ad' },
  tableCell: { paddingHorizontal: 4, paddingVertical: 2.5, flexGrow: 1, flexBasis: 0 },
  tableCellNarrow: { paddingHorizontal: 4, paddingVertical: 2.5, width: 26 },
  signatures: { flexDirection: 'row', marginTop: 2 },
  signatureBox: { flexGrow: 1, flexBasis: 0, borderWidth: 0.8, borderColor: RULE, padding: 6, height: 92, marginRight: 6 },
  small: { fontSize: 7.5 },
  conditions: { fontSize: 8.2, lineHeight: 1.32 },
});
