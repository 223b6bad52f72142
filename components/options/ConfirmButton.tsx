import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

interface ConfirmButtonProps {
  label: string;
  question: string;
  children?: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  testId: string;
}

/** A button that asks first, in a modal `<dialog>`: Cancel (the default, and Escape) or the confirming action. */
export function ConfirmButton({ label, question, children, confirmLabel, onConfirm, testId }: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);

  const close = () => {
    dialog.current?.close();
    setOpen(false);
  };

  return (
    <>
      <button type="button" class="button button--danger" onClick={() => setOpen(true)} data-testid={testId}>
        {label}
      </button>
      {open && (
        <dialog ref={dialog} class="confirm" aria-labelledby={titleId} onClose={close} data-testid={`${testId}-dialog`}>
          <h2 id={titleId}>{question}</h2>
          {children}
          <div class="confirm__actions">
            {/* biome-ignore lint/a11y/noAutofocus: in a dialog the safe choice should have focus. */}
            <button type="button" class="button" autoFocus onClick={close}>
              Cancel
            </button>
            <button
              type="button"
              class="button button--danger"
              onClick={() => {
                close();
                onConfirm();
              }}
            >
              {confirmLabel}
            </button>
          </div>
        </dialog>
      )}
    </>
  );
}
