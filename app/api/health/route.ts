// GET /api/health – liveness plus a database round trip, for load balancers and the e2e harness.
import { NextResponse } from "next/server";
import { getDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    const db = await getDatabase();
    await db.prisma.$queryRaw`SELECT 1`;
    return NextResponse.json({ success: true, database: db.kind });
  } catch {
    return NextResponse.json(
      { success: false, error: "Database unavailable", code: "database_unavailable" },
      { status: 503 },
    );
  }
}
