'use client';

import {
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { buttonClasses } from './button';

export type ConfirmDialogHandle = {
  /** Asks the question; focus goes back to `opener` when the dialog closes, whatever closed it. */
  open: (opener: HTMLElement | null) => void;
};

type Props = {
  ref: Ref<ConfirmDialogHandle>;
  /** The question, which also names the dialog: "Cancel this course?". */
  title: string;
  /** What going on does, in plain words; read out with the question. */
  children: ReactNode;
  /** The destructive answer: it submits the form the dialog sits in. */
  confirmLabel: string;
  /** The safe answer, focused first so that a stray Enter changes nothing. */
  cancelLabel: string;
};

/**
 * A modal question before an action that cannot be undone, on the native <dialog>: the browser
 * makes the page behind it inert, so focus stays inside, and closes it on Escape. Put it inside
 * the form it guards: its confirm button is a submit button of that form, so the form is sent once,
 * through its React action, and useFormStatus shows the pending state as for any other submit.
 */
export function ConfirmDialog({ ref, title, children, confirmLabel, cancelLabel }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLElement | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const titleId = useId();
  const descriptionId = useId();

  useImperativeHandle(
    ref,
    () => ({
      open(opener) {
        openerRef.current = opener;
        setIsOpen(true);
      },
    }),
    [],
  );
  useLayoutEffect(() => {
    if (!isOpen) return;
    dialogRef.current?.showModal();
    cancelRef.current?.focus();
  }, [isOpen]);

  const close = () => dialogRef.current?.close();
  const onClose = () => {
    setIsOpen(false);
    // Safari does not focus a clicked button, so the browser's own focus return is not enough.
    openerRef.current?.focus();
  };
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onClose={onClose}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg bg-white p-6 text-left shadow-xl ring-1 ring-slate-200 backdrop:bg-slate-900/50"
    >
      {/* The question exists only while it is asked: otherwise a closed dialog in every row of a
          list would repeat each row's words in the page, and its confirm button, the form's
          default one, could answer an Enter pressed in a field. */}
      {isOpen ? (
        <>
          <h2 id={titleId} className="text-lg font-semibold break-words text-slate-900">
            {title}
          </h2>
          <p id={descriptionId} className="mt-2 text-sm text-slate-600">
            {children}
          </p>
          <div className="mt-6 flex flex-col gap-2 sm:flex-row sm:justify-end">
            <button ref={cancelRef} type="button" className={buttonClasses('secondary')} onClick={close}>
              {cancelLabel}
            </button>
            {/* data-confirms lets the form's submit handler tell this answer from a first press that only asks. */}
            <button type="submit" data-confirms="" className={buttonClasses('danger')} onClick={close}>
              {confirmLabel}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}

/** Whether a form's submit came from a ConfirmDialog's confirm button: the question was answered yes. */
export function isConfirmedSubmit(event: FormEvent<HTMLFormElement>): boolean {
  const { submitter } = event.nativeEvent as SubmitEvent;
  return submitter?.dataset.confirms !== undefined;
}
