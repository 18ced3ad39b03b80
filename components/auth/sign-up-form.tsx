"use client";
// Sign-up in two steps the user sees as one: the account (Better Auth), then the first business
// (POST /api/businesses). If the second step fails, a retry only repeats that step.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { useTimeZones } from "@/lib/ui/use-time-zones";
import { AuthCard, Field, FormError, SubmitButton } from "./auth-card";

const MIN_PASSWORD_LENGTH = 8;

/** signedInAs: the email of a user who is signed in but has no business yet; the form then only creates one. */
export function SignUpForm({ signedInAs }: { signedInAs: string | null }) {
  const router = useRouter();
  const { zones, browserZone } = useTimeZones();
  const [timezone, setTimezone] = useState<string | null>(null);
  const [accountCreated, setAccountCreated] = useState(signedInAs !== null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      if (!accountCreated) {
        const { error } = await authClient.signUp.email({
          name: String(form.get("name")),
          email: String(form.get("email")),
          password: String(form.get("password")),
        });
        if (error) return setError(error.message ?? "Sign-up failed. Try again.");
        setAccountCreated(true);
      }
      const response = await fetch("/api/businesses", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: form.get("business"), timezone: form.get("timezone") }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        return setError(
          `Your account is ready, but the business was not created: ${body?.error ?? response.statusText}`,
        );
      }
      router.push("/dashboard");
      router.refresh();
    } catch {
      setError("The server cannot be reached. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <AuthCard
      title={signedInAs ? "Create your business" : "Create your account"}
      footer={
        <>
          Already have an account?{" "}
          <Link href="/sign-in" className="font-medium text-slate-900 underline">
            Sign in
          </Link>
        </>
      }
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        {signedInAs ? (
          <p className="text-sm text-slate-600">
            Signed in as <span className="font-medium text-slate-900">{signedInAs}</span>. Name your business to finish.
          </p>
        ) : (
          <AccountFields disabled={accountCreated} />
        )}
        <fieldset className="flex flex-col gap-4 border-t border-slate-200 pt-4">
          <legend className="pt-4 text-sm font-semibold text-slate-900">Your business</legend>
          <Field
            label="Business name"
            id="business"
            name="business"
            autoComplete="organization"
            required
            maxLength={100}
          />
          <div className="flex flex-col gap-1">
            <label htmlFor="timezone" className="text-sm font-medium text-slate-700">
              Time zone (receipt dates are counted in it)
            </label>
            <select
              id="timezone"
              name="timezone"
              value={timezone ?? browserZone}
              onChange={(e) => setTimezone(e.target.value)}
              className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base focus:border-slate-500 focus:outline-none focus:ring-2 focus:ring-slate-300"
            >
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll("_", " ")}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <FormError message={error} />
        <SubmitButton pending={pending}>
          {pending ? "Creating…" : accountCreated ? "Create business" : "Create account"}
        </SubmitButton>
      </form>
    </AuthCard>
  );
}

function AccountFields({ disabled }: { disabled: boolean }) {
  return (
    <fieldset disabled={disabled} className="flex flex-col gap-4">
      <legend className="sr-only">Your account</legend>
      <Field label="Your name" id="name" name="name" autoComplete="name" required maxLength={100} />
      <Field label="Email" id="email" name="email" type="email" autoComplete="email" required />
      <Field
        label={`Password (at least ${MIN_PASSWORD_LENGTH} characters)`}
        id="password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
      />
    </fieldset>
  );
}
