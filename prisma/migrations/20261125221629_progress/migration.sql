-- AlterTable
ALTER TABLE "AttemptItem" ADD COLUMN     "recordedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- CreateTable
CREATE TABLE "TopicMastery" (
    "userId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "weightedCorrect" DOUBLE PRECISION NOT NULL,
    "weightedTotal" DOUBLE PRECISION NOT NULL,
    "referenceAt" TIMESTAMP(3) NOT NULL,
    "answered" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,
    "lastAnsweredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TopicMastery_pkey" PRIMARY KEY ("userId","topicId")
);

-- CreateTable
CREATE TABLE "ActivityDay" (
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "topicId" TEXT NOT NULL,
    "answered" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,

    CONSTRAINT "ActivityDay_pkey" PRIMARY KEY ("userId","day","topicId")
);

-- CreateTable
CREATE TABLE "UserQuestion" (
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answered" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,
    "lastCorrect" BOOLEAN NOT NULL,
    "lastAnsweredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UserQuestion_pkey" PRIMARY KEY ("userId","questionId")
);

-- CreateIndex
CREATE INDEX "TopicMastery_topicId_idx" ON "TopicMastery"("topicId");

-- CreateIndex
CREATE INDEX "ActivityDay_topicId_idx" ON "ActivityDay"("topicId");

-- CreateIndex
CREATE INDEX "UserQuestion_questionId_idx" ON "UserQuestion"("questionId");

-- AddForeignKey
ALTER TABLE "TopicMastery" ADD CONSTRAINT "TopicMastery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicMastery" ADD CONSTRAINT "TopicMastery_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityDay" ADD CONSTRAINT "ActivityDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityDay" ADD CONSTRAINT "ActivityDay_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserQuestion" ADD CONSTRAINT "UserQuestion_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserQuestion" ADD CONSTRAINT "UserQuestion_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: count answers given before this migration into mastery and activity, as
-- lib/server/learning.ts would have (finished attempts, and tutor answers already revealed).
-- Review cards start from the next answer: FSRS state cannot be rebuilt in SQL.
UPDATE "AttemptItem" ai SET "recordedAt" = now()
FROM "Attempt" a
WHERE a.id = ai."attemptId" AND ai."selectedOption" IS NOT NULL AND ai."isCorrect" IS NOT NULL
  AND (a.status IN ('SUBMITTED', 'EXPIRED') OR a."immediateFeedback");

INSERT INTO "TopicMastery" ("userId", "topicId", "weightedCorrect", "weightedTotal", "referenceAt", "answered", "correct", "lastAnsweredAt")
SELECT a."userId", q."topicId",
       sum(CASE WHEN ai."isCorrect" THEN power(0.5, extract(epoch FROM now() - coalesce(ai."answeredAt", a."submittedAt", now())) / (30 * 86400)) ELSE 0 END),
       sum(power(0.5, extract(epoch FROM now() - coalesce(ai."answeredAt", a."submittedAt", now())) / (30 * 86400))),
       now(), count(*), count(*) FILTER (WHERE ai."isCorrect"),
       max(coalesce(ai."answeredAt", a."submittedAt", now()))
FROM "AttemptItem" ai
JOIN "Attempt" a ON a.id = ai."attemptId"
JOIN "QuestionVersion" qv ON qv.id = ai."questionVersionId"
JOIN "Question" q ON q.id = qv."questionId"
WHERE ai."recordedAt" IS NOT NULL
GROUP BY 1, 2;

INSERT INTO "ActivityDay" ("userId", "day", "topicId", "answered", "correct")
SELECT a."userId", (coalesce(ai."answeredAt", a."submittedAt", now()) AT TIME ZONE 'UTC')::date, q."topicId",
       count(*), count(*) FILTER (WHERE ai."isCorrect")
FROM "AttemptItem" ai
JOIN "Attempt" a ON a.id = ai."attemptId"
JOIN "QuestionVersion" qv ON qv.id = ai."questionVersionId"
JOIN "Question" q ON q.id = qv."questionId"
WHERE ai."recordedAt" IS NOT NULL
GROUP BY 1, 2, 3;

INSERT INTO "UserQuestion" ("userId", "questionId", "answered", "correct", "lastCorrect", "lastAnsweredAt")
SELECT DISTINCT ON (a."userId", q.id) a."userId", q.id,
       count(*) OVER w, count(*) FILTER (WHERE ai."isCorrect") OVER w, ai."isCorrect",
       coalesce(ai."answeredAt", a."submittedAt", now())
FROM "AttemptItem" ai
JOIN "Attempt" a ON a.id = ai."attemptId"
JOIN "QuestionVersion" qv ON qv.id = ai."questionVersionId"
JOIN "Question" q ON q.id = qv."questionId"
WHERE ai."recordedAt" IS NOT NULL
WINDOW w AS (PARTITION BY a."userId", q.id)
ORDER BY a."userId", q.id, coalesce(ai."answeredAt", a."submittedAt", now()) DESC;
