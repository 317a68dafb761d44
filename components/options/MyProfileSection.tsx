/** Placeholder until its issue lands; renders nothing. */
export function MyProfileSection() {
  return null;
}
