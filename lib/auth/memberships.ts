// Which businesses a user may act for. A business created by a user is created with them as owner.
import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { DEFAULT_CATEGORIES } from "../shared/categories";

export type MembershipRole = "owner" | "member";

export interface BusinessSummary {
  id: string;
  name: string;
  timezone: string;
}

export interface BusinessOfUser extends BusinessSummary {
  role: MembershipRole;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const businessFields = { id: true, name: true, timezone: true } as const;

/**
 * The business, its owner's membership and its default categories commit together: no business is
 * left without an owner.
 */
export async function createBusinessWithOwner(
  prisma: PrismaClient,
  input: { name: string; timezone: string; userId: string },
): Promise<BusinessOfUser> {
  const business = await prisma.business.create({
    data: {
      name: input.name,
      timezone: input.timezone,
      memberships: { create: { userId: input.userId, role: "owner" } },
      categories: { create: DEFAULT_CATEGORIES.map((name) => ({ name })) },
    },
    select: businessFields,
  });
  return { ...business, role: "owner" };
}

/** The user's businesses, oldest membership first (the first one is the default business). */
export async function businessesOf(prisma: PrismaClient, userId: string): Promise<BusinessOfUser[]> {
  const memberships = await prisma.membership.findMany({
    where: { userId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { role: true, business: { select: businessFields } },
  });
  return memberships.map((m) => ({ ...m.business, role: m.role }));
}

/** The user's membership of that business, or null when they are not a member. */
export async function membershipOf(
  prisma: PrismaClient,
  userId: string,
  businessId: string,
): Promise<BusinessOfUser | null> {
  // business_id is a uuid column: anything else cannot match (and must not reach the database).
  if (!UUID.test(businessId)) return null;
  const membership = await prisma.membership.findUnique({
    where: { userId_businessId: { userId, businessId } },
    select: { role: true, business: { select: businessFields } },
  });
  return membership ? { ...membership.business, role: membership.role } : null;
}

/** Receipt dates already saved keep their day; new syncs count days in the new zone. */
export async function updateBusinessTimezone(
  prisma: PrismaClient,
  businessId: string,
  timezone: string,
): Promise<{ id: string; name: string; timezone: string }> {
  return prisma.business.update({
    where: { id: businessId },
    data: { timezone },
    select: { id: true, name: true, timezone: true },
  });
}
