// Shared class lists, so every control has the same size and a visible keyboard focus ring.
const focus = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900";

export const inputClass = `h-10.5 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 ${focus}`;
export const primaryButtonClass = `inline-flex items-center justify-center rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:opacity-60 ${focus}`;
export const secondaryButtonClass = `inline-flex items-center justify-center rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-60 ${focus}`;
export const dangerButtonClass = `inline-flex items-center justify-center rounded-md border border-red-300 bg-white px-3 py-2 text-sm font-medium text-red-800 hover:bg-red-50 disabled:cursor-not-allowed disabled:opacity-60 ${focus}`;
export const linkClass = `font-medium text-slate-900 underline underline-offset-2 hover:text-slate-700 ${focus}`;
export const cardClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6";
export const labelClass = "text-sm font-medium text-slate-800";
