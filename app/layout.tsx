import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { getCurrentUser } from "@/lib/server/auth";
import "./globals.css";

const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: "ReadRoom — CIIP and PARCA practice exams", template: "%s · ReadRoom" },
  description:
    "Timed practice exams, tutor mode and spaced review for PACS, RIS and imaging-informatics professionals preparing for the ABII CIIP and PARCA CPAS, CPSA, CPIA and CPSM certifications.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#0f172a" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  const theme = (user?.theme ?? "SYSTEM").toLowerCase();
  return (
    <html lang="en" data-theme={theme} className={inter.variable}>
      <body className="font-sans">
        <a
          href="#main"
          className="bg-primary text-primary-foreground sr-only z-50 rounded-lg px-4 py-2 focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
