/**
 * The preset dictionary of stored version documents, format 1 (packing.ts).
 * A version document is ~1.6 KB of JSON whose keys and enumerated values are
 * the same in every convention: deflate alone finds no repetition inside
 * one small document (~0.9 KB), with this dictionary it refers to the
 * skeleton below (~0.4 KB, issue #16).
 *
 * The text is the skeleton of a `cae.convention/1` document of each measure
 * (keys in the order the forms write them, the schema's enumerated values),
 * with neutral values: no name, address or free text of the demo.
 *
 * FROZEN: every document stored in format 1 is inflated with exactly these
 * bytes (packing.test.ts checks their SHA-256). A better dictionary is a new
 * format with its own byte, never an edit of this one.
 */
const SKELETONS = [
  // Contrat d'accès à l'emploi (outre-mer).
  '{"schema":"cae.convention/1","measure":"CAE_DOM","department":"974","prescriberCode":"97401","jobOfferFiledOn":"2009-01-01","filedOn":"2009-01-01","signedOn":null,',
  '"employer":{"id":1,"name":"SARL ","status":"COMPANY","department":"974","siret":"","collector":"URSSAF","address":"","iban":"FR76","otherStateEmploymentAid":false,"insertionWorkshop":false},',
  '"employee":{"civility":"M","lastName":"","birthName":null,"firstNames":"","birthDate":"1970-01-01","birthPlace":"Saint-Denis","birthDepartment":"974","nationality":"FR","educationLevel":"50",',
  '"address":"","registeredJobseeker":true,"jobseekerId":"","jobseekerMonthsInLast18":12,"disabledWorker":false,"sentenceAdjustment":false,"domCategory":"JOBSEEKER_12_MONTHS","allowances":["RMI"]},',
  '"contract":{"type":"CDI","hiredOn":"2009-01-01","plannedEnd":null,"romeCode":"","jobTitle":"","monthlyGross":"1300.00","weeklyHours":35,"reducedHoursJustified":false},',
  '"funding":{"totalAid":"6000.00","otherFunding":false},"supportingDocuments":{"aid":["EMPLOYMENT_PROOF","PAYSLIPS"],"rupture":["RUPTURE_LETTER","MISCONDUCT_OR_FORCE_MAJEURE_PROOF","INAPTITUDE_NOTICE"]},',
  '"renewals":[],"events":[{"kind":"HOURS_CHANGE","on":"2009-01-01","weeklyHours":30,"reportedOn":null},{"kind":"EMPLOYER_SUBSTITUTION","on":"2009-01-01","reportedOn":null}]}',
  // Contrat d'avenir (its contents and annex: R. 5134-49).
  '{"schema":"cae.convention/1","measure":"CAV","department":"","prescriberCode":"","filedOn":"2008-01-01","signedOn":"2008-01-01",',
  '"employer":{"id":1,"name":"Commune de ","status":"10","department":"","siret":"","collector":"URSSAF","address":"","iban":"FR76","otherStateEmploymentAid":false,"insertionWorkshop":false},',
  '"employee":{"civility":"MME","lastName":"","birthName":"","firstNames":"","birthDate":"1980-01-01","birthPlace":"","birthDepartment":"","nationality":"FR","educationLevel":"51",',
  '"address":"","registeredJobseeker":true,"jobseekerId":"","jobseekerMonthsInLast18":12,"disabledWorker":false,"sentenceAdjustment":false,"allowances":["ASS"]},',
  '"contract":{"type":"CDD","hiredOn":"2008-01-01","plannedEnd":"2010-01-01","romeCode":"","jobTitle":"","monthlyGross":"1000.00","weeklyHours":26,"reducedHoursJustified":false},',
  '"support":{"trainingPlanned":true,"trainingNature":["REFRESHER","ADAPTATION","NEW_SKILLS"],"targetEducationLevel":"50","trainingType":"EXTERNAL","tutor":true,',
  '"externalEmploymentSupportPlanned":false,"externalSocialSupportPlanned":false,"timing":"BOTH","vae":false,"actionsDuration":" heures","referent":""},',
  '"funding":{"aidRatePercent":"75","otherFunding":false,"allowanceDebtorAid":"425.40","allowancePayer":"Conseil général","authority":"STATE"},',
  '"clauses":{"monitoring":"","repayment":""},"annex":{"objectives":"","programme":"","organisationAndEvaluation":"","referentIntervention":""},',
  '"renewals":[],"events":[{"kind":"RUPTURE","on":"2008-01-01","initiative":"EMPLOYER","reason":"","reportedOn":null}]}',
  // Contrat d'accompagnement dans l'emploi: the most frequent measure, last (nearest to the document).
  '{"schema":"cae.convention/1","measure":"CAE","department":"","prescriberCode":"","filedOn":"2007-01-01","signedOn":"2007-01-01",',
  '"employer":{"id":1,"name":"Association ","status":"ASSOCIATION","department":"","siret":"","collector":"URSSAF","address":"","iban":"FR76","otherStateEmploymentAid":false,"insertionWorkshop":false},',
  '"employee":{"civility":"M","lastName":"","birthName":null,"firstNames":"","birthDate":"1960-01-01","birthPlace":"","birthDepartment":"","nationality":"FR","educationLevel":"40",',
  '"address":"","registeredJobseeker":true,"jobseekerId":"","jobseekerMonthsInLast18":12,"disabledWorker":false,"sentenceAdjustment":false,"allowances":[]},',
  '"contract":{"type":"CDD","hiredOn":"2007-01-01","plannedEnd":"2007-12-31","romeCode":"","jobTitle":"","monthlyGross":"800.00","weeklyHours":20,"reducedHoursJustified":false},',
  '"support":{"trainingPlanned":true,"trainingNature":["ADAPTATION","NEW_SKILLS"],"trainingType":"INTERNAL","tutor":true,',
  '"externalEmploymentSupportPlanned":false,"externalSocialSupportPlanned":false,"timing":"DURING_WORK","vae":false,"actionsDuration":" heures","referent":""},',
  '"funding":{"aidRatePercent":"90","otherFunding":false},"renewals":[{"from":"2007-01-01","to":"2007-12-31","weeklyHours":null,"aidRatePercent":null,"requestedOn":"2007-01-01"}],',
  '"events":[{"kind":"SUSPENSION","from":"2007-01-01","to":"2007-12-31","reason":"ILLNESS","paid":false,"reportedOn":"2007-01-01"}]}',
];

export const DOCUMENT_DICTIONARY_V1 = Buffer.from(SKELETONS.join(''), 'utf8');
