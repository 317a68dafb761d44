/** The disclosure arrow of the overview and of each row: points right when closed, down when open (CSS turns it). */
export function Chevron({ open }: { open: boolean }) {
  return (
    <svg className={open ? 'pp-chevron pp-chevron-open' : 'pp-chevron'} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
