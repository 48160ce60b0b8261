import type { Metadata } from "next";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { listCertificationChoices } from "@/lib/server/content";
import { getSettings } from "@/lib/server/users";
import { AccountSection } from "./account-section";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUserOrRedirect("/settings");
  const [settings, certifications] = await Promise.all([getSettings(user.id), listCertificationChoices()]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>
      <p className="text-muted-foreground mt-1 text-sm">
        Your target exam and date shape practice exams, weak-topic ranking and readiness.
      </p>
      <SettingsForm
        certifications={certifications}
        timeZones={Intl.supportedValuesOf("timeZone")}
        initial={{
          targetCertification: settings.targetCertificationSlug ?? "",
          examDate: settings.examDate ? settings.examDate.toISOString().slice(0, 10) : "",
          theme: settings.theme,
          dailyGoal: String(settings.dailyGoal ?? 0),
          showStreak: settings.showStreak,
          targetRetention: settings.targetRetention.toFixed(2),
          timeZone: settings.timeZone,
        }}
      />
      <AccountSection />
    </div>
  );
}
