import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/session";

/** The instructor area starts at the question reports. */
export default async function InstructorPage() {
  await requireRole("INSTRUCTOR", "/instructor");
  redirect("/instructor/reports");
}
