"use client";
// Sign-up in two steps the user sees as one: the account (Better Auth), then the first business
// (POST /api/businesses). If the second step fails, a retry only repeats that step.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { ApiRequestError, fetchJson, reachServer } from "@/lib/ui/fetch-json";
import { useMutation } from "@/lib/ui/use-mutation";
import { useTimeZones } from "@/lib/ui/use-time-zones";
import { AuthCard, Field, FormError, SubmitButton } from "./auth-card";

const MIN_PASSWORD_LENGTH = 8;

/** signedInAs: the email of a user who is signed in but has no business yet; the form then only creates one. */
export function SignUpForm({ signedInAs }: { signedInAs: string | null }) {
  const router = useRouter();
  const { zones, browserZone } = useTimeZones();
  const [timezone, setTimezone] = useState<string | null>(null);
  const [accountCreated, setAccountCreated] = useState(signedInAs !== null);
  const submit = useMutation(async (form: FormData) => {
    if (!accountCreated) {
      const { error } = await reachServer(
        authClient.signUp.email({
          name: String(form.get("name")),
          email: String(form.get("email")),
          password: String(form.get("password")),
        }),
      );
      if (error) throw new Error(error.message ?? "Sign-up failed. Try again.");
      setAccountCreated(true);
    }
    try {
      await fetchJson("/api/businesses", {
        method: "POST",
        body: JSON.stringify({ name: form.get("business"), timezone: form.get("timezone") }),
      });
    } catch (error) {
      throw businessNotCreated(error);
    }
    router.push("/dashboard");
    router.refresh();
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit.run(new FormData(event.currentTarget));
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
        <FormError message={submit.error} />
        <SubmitButton pending={submit.pending}>
          {submit.pending ? "Creating…" : accountCreated ? "Create business" : "Create account"}
        </SubmitButton>
      </form>
    </AuthCard>
  );
}

/** By the business step the account exists; an answered failure says so, since a retry only repeats that step. */
function businessNotCreated(error: unknown): unknown {
  return error instanceof ApiRequestError && error.status !== 0
    ? new Error(`Your account is ready, but the business was not created: ${error.message}`)
    : error;
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
