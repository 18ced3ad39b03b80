// The categories every business starts with (a business renames, deletes or adds its own). The
// migration that added categories gave the same list to the businesses that existed then.
export const DEFAULT_CATEGORIES = [
  "Software & subscriptions",
  "Travel",
  "Meals",
  "Office supplies",
  "Utilities",
  "Advertising & marketing",
  "Shipping & postage",
  "Professional services",
  "Equipment",
  "Other",
] as const;

export const MAX_CATEGORY_NAME_LENGTH = 100;
