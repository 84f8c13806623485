/**
 * "Look up NPI … online" for an NPI the registry on this computer lacks, with what happens to
 * the question: asked, or the sentence saying why there is no answer. A found provider is shown
 * by whoever asked (the card, or the form's NPI line).
 */
export function OnlineLookupOffer({
  npi,
  asking,
  problem,
  onAsk,
}: {
  npi: string;
  asking: boolean;
  problem: string | null;
  onAsk: () => void;
}) {
  return (
    <>
      {/* aria-disabled rather than disabled: a disabled button would drop the focus it has. */}
      <button
        type="button"
        className="online-lookup"
        aria-disabled={asking}
        onClick={() => {
          if (!asking) onAsk();
        }}
      >
        Look up NPI {npi} online
      </button>
      {asking ? <p className="field-hint">Asking the NPI registry…</p> : null}
      {problem ? <p className="online-problem">{problem}</p> : null}
    </>
  );
}
