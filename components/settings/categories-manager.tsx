"use client";
// The business's categories: list, add, rename in place, delete (its receipts become uncategorised).
import { useState, type FormEvent } from "react";
import { mutate as revalidate } from "swr";
import { Alert } from "@/components/ui/messages";
import {
  cardClass,
  dangerButtonClass,
  inputClass,
  labelClass,
  primaryButtonClass,
  secondaryButtonClass,
} from "@/components/ui/styles";
import type { Category } from "@/lib/ui/api-types";
import { fetchJson } from "@/lib/ui/fetch-json";
import { useCategories } from "@/lib/ui/use-categories";
import { useMutation } from "@/lib/ui/use-mutation";
import { VENDOR_RULES_KEY } from "./vendor-rules-manager";

export function CategoriesManager() {
  const { categories, error, isLoading, refresh } = useCategories();
  const [name, setName] = useState("");
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const add = useMutation(async (newName: string) => {
    await fetchJson("/api/categories", { method: "POST", body: JSON.stringify({ name: newName }) });
    setName("");
    await refresh();
  });
  const rename = useMutation(async (id: string, newName: string) => {
    await fetchJson(`/api/categories/${encodeURIComponent(id)}`, {
      method: "PATCH",
      body: JSON.stringify({ name: newName }),
    });
    setEditing(null);
    await Promise.all([refresh(), revalidate(VENDOR_RULES_KEY)]);
  });
  const remove = useMutation(async (category: Category) => {
    await fetchJson(`/api/categories/${encodeURIComponent(category.id)}`, { method: "DELETE" });
    // Its receipts become uncategorised and the rules that only set it are gone.
    await Promise.all([refresh(), revalidate(VENDOR_RULES_KEY)]);
  });
  const actionError = add.error ?? rename.error ?? remove.error;
  const resetAll = () => [add, rename, remove].forEach((m) => m.reset());

  function submitNew(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    resetAll();
    add.run(name);
  }

  function submitRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!editing) return;
    resetAll();
    rename.run(editing.id, editing.name);
  }

  function confirmDelete(category: Category) {
    if (!window.confirm(`Delete the category "${category.name}"? Its receipts become uncategorised.`)) return;
    resetAll();
    remove.run(category);
  }

  return (
    <section aria-labelledby="categories-heading" className={`${cardClass} flex flex-col gap-4`}>
      <div>
        <h2 id="categories-heading" className="text-lg font-semibold">
          Categories
        </h2>
        <p className="text-sm text-slate-700">Group receipts for bookkeeping; each receipt has at most one.</p>
      </div>
      <form onSubmit={submitNew} className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="category-name" className={labelClass}>
            New category
          </label>
          <input
            id="category-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={100}
            placeholder="e.g. Client gifts"
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={add.pending} aria-busy={add.pending} className={primaryButtonClass}>
          Add category
        </button>
      </form>
      <Alert message={actionError} />
      {isLoading ? <p className="text-sm text-slate-600">Loading categories…</p> : null}
      <Alert message={error ? `Could not load the categories: ${error.message}` : null} />
      {categories && categories.length === 0 ? <p className="text-sm text-slate-700">No categories yet.</p> : null}
      {categories && categories.length > 0 ? (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200" aria-label="Categories">
          {categories.map((category) => (
            <li key={category.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
              {editing?.id === category.id ? (
                <form onSubmit={submitRename} className="flex flex-1 flex-col gap-2 sm:flex-row sm:items-center">
                  <label htmlFor={`rename-${category.id}`} className="sr-only">
                    New name for {category.name}
                  </label>
                  <input
                    id={`rename-${category.id}`}
                    value={editing.name}
                    onChange={(e) => setEditing({ id: category.id, name: e.target.value })}
                    onKeyDown={(e) => {
                      if (e.key === "Escape") setEditing(null);
                    }}
                    required
                    maxLength={100}
                    autoFocus
                    className={inputClass}
                  />
                  <button type="submit" disabled={rename.pending} className={primaryButtonClass}>
                    Save
                  </button>
                  <button type="button" onClick={() => setEditing(null)} className={secondaryButtonClass}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <span className="font-medium text-slate-900">{category.name}</span>
                  <span className="flex gap-2">
                    <button
                      type="button"
                      onClick={() => setEditing({ id: category.id, name: category.name })}
                      className={secondaryButtonClass}
                      aria-label={`Rename ${category.name}`}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      onClick={() => confirmDelete(category)}
                      className={dangerButtonClass}
                      aria-label={`Delete ${category.name}`}
                    >
                      Delete
                    </button>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
