"use client";
import { useRouter } from "next/navigation";
import { authClient } from "@/lib/auth/client";
import { reachServer } from "@/lib/ui/fetch-json";
import { useMutation } from "@/lib/ui/use-mutation";

export function SignOutButton() {
  const router = useRouter();
  const signOut = useMutation(async () => {
    await reachServer(authClient.signOut());
    router.push("/sign-in");
    router.refresh();
  });
  return (
    <>
      <button
        type="button"
        disabled={signOut.pending}
        onClick={() => signOut.run()}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-60"
      >
        Sign out
      </button>
      {signOut.error ? (
        <p role="alert" className="text-sm text-red-800">
          Not signed out: {signOut.error}
        </p>
      ) : null}
    </>
  );
}
