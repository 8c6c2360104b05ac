import { NextResponse, type NextRequest } from "next/server";
import { isSessionCookie, SECURE_SESSION_COOKIE, SESSION_COOKIE } from "@/lib/auth/cookie-names";

// Optimistic redirects only: pages, actions and route handlers check the session themselves.
const PROTECTED = ["/dashboard", "/admin", "/instructor"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const signedIn = request.cookies.getAll().some((c) => isSessionCookie(c.name, SESSION_COOKIE) || isSessionCookie(c.name, SECURE_SESSION_COOKIE));
  if (!signedIn && PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    const url = new URL("/signin", request.url);
    url.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/dashboard/:path*", "/admin/:path*", "/instructor/:path*"] };
