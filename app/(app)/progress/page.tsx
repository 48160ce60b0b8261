import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { MasteryBar } from "@/components/progress/mastery-bar";
import { WeakTopicsTable } from "@/components/progress/weak-topics-table";
import { requireUserOrRedirect } from "@/lib/server/auth";
import { getDashboard } from "@/lib/server/progress";
import { startExamAction } from "../exams/actions";

export const metadata: Metadata = { title: "Progress by topic" };

export default async function ProgressPage() {
  const user = await requireUserOrRedirect("/progress");
  const data = await getDashboard(user.id);
  const cert = data.targetCertification;
  if (!cert || !data.target) {
    return (
      <Card>
        <CardContent className="flex flex-col items-start gap-3 py-10">
          <h1 className="text-xl font-semibold">Progress by topic</h1>
          <p className="text-muted-foreground max-w-lg text-sm">
            Mastery is measured against the outline of your target certification. Choose it in settings first.
          </p>
          <Button asChild>
            <Link href="/settings">Open settings</Link>
          </Button>
        </CardContent>
      </Card>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{cert.code} progress by domain and topic</h1>
        <p className="text-muted-foreground mt-1 max-w-prose text-sm">
          Mastery is your estimated chance of answering a question on the topic correctly, from every answer
          you have given (recent ones count more). The range is 90% credible; topics with fewer than about
          five recent answers say so instead of guessing.
        </p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Domains</CardTitle>
          <CardDescription>Share is the domain’s weight in the {cert.code} outline.</CardDescription>
        </CardHeader>
        <CardContent className="relative overflow-x-auto">
          <table className="w-full min-w-[36rem] text-sm">
            <caption className="sr-only">Mastery per domain</caption>
            <thead>
              <tr className="border-border text-muted-foreground border-b text-left">
                <th scope="col" className="py-2 pr-3 font-medium">
                  Domain
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Share
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  Answered
                </th>
                <th scope="col" className="py-2 font-medium">
                  Mastery (90% range)
                </th>
              </tr>
            </thead>
            <tbody className="divide-border divide-y">
              {data.target.domains.map((d) => (
                <tr key={d.code}>
                  <th scope="row" className="py-2.5 pr-3 text-left font-normal">
                    <span className="text-muted-foreground">{d.code}</span> {d.name}
                  </th>
                  <td className="py-2.5 pr-3 text-right tabular-nums">{Math.round(d.share * 1000) / 10}%</td>
                  <td className="py-2.5 pr-3 text-right tabular-nums">{d.answered}</td>
                  <td className="py-2.5">
                    <MasteryBar estimate={d.estimate} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>All topics, weakest first</CardTitle>
          <CardDescription>
            Points at stake = (1 − mastery) × the questions the topic is expected to contribute to a full
            form.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <WeakTopicsTable
            topics={data.target.topics}
            certificationSlug={cert.slug}
            startExamAction={startExamAction}
            caption={`All ${cert.code} topics, weakest first`}
          />
        </CardContent>
      </Card>
    </div>
  );
}
