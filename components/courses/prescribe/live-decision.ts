/*
 * What the prescribe form loads after it has mounted (use-live-decision.ts): the decision the
 * server also runs, with the rule book it brings, and the rule book's functions the form calls
 * beside it, kept out of the page's first JavaScript (issue 11): the rule book is most of the form's code.
 */
export { decidePrescription } from '@/lib/domain/prescription/decide-prescription';
export { draftSchedule } from '@/lib/domain/prescription/schedule-draft';
export { placeForAddedStep } from '@/lib/domain/rules/add-routine-step';
