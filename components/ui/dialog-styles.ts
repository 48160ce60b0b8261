// Shared look of modal dialogs (Radix Dialog and AlertDialog): a dimmed overlay and a centred panel.
export const dialogOverlay = "fixed inset-0 z-40 bg-black/40";
export const dialogPanel =
  "fixed top-1/2 left-1/2 z-50 w-[min(92vw,28rem)] -translate-x-1/2 -translate-y-1/2 rounded-2xl border border-border bg-card p-6 shadow-xl";
