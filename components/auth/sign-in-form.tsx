"use client";
// Email + password sign-in; Better Auth's error (wrong password, unknown email) is shown inline.
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { reachServer } from "@/lib/ui/fetch-json";
import { useMutation } from "@/lib/ui/use-mutation";
import { AuthCard, Field, FormError, SubmitButton } from "./auth-card";

export function SignInForm() {
  const router = useRouter();
  const signIn = useMutation(async (form: FormData) => {
    const { error } = await reachServer(
      authClient.signIn.email({ email: String(form.get("email")), password: String(form.get("password")) }),
    );
    if (error) throw new Error(error.message ?? "Sign-in failed. Try again.");
    router.push("/dashboard");
    router.refresh();
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    signIn.run(new FormData(event.currentTarget));
  }

  return (
    <AuthCard
      title="Sign in"
      footer={
        <>
          No account yet?{" "}
          <Link href="/sign-up" className="font-medium text-slate-900 underline">
            Create one
          </Link>
        </>
      }
    >
      <form onSubmit={onSubmit} className="flex flex-col gap-4">
        <Field label="Email" id="email" name="email" type="email" autoComplete="email" required />
        <Field
          label="Password"
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <FormError message={signIn.error} />
        <SubmitButton pending={signIn.pending}>{signIn.pending ? "Signing in…" : "Sign in"}</SubmitButton>
      </form>
    </AuthCard>
  );
}
