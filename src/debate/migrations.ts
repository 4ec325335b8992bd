// The database schema as a list of versioned migrations. The store applies the ones above the
// file's `PRAGMA user_version`, each in its own transaction together with the version bump, so a
// crash mid-migration leaves the previous version intact. Append new migrations; never edit one
// that has shipped.

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'settings, debates, sides, hands, speakers, citations, post counts, proposals, server motions',
    sql: `
      CREATE TABLE guild_settings (
        guild_id          TEXT PRIMARY KEY,
        ask_private       INTEGER NOT NULL DEFAULT 1 CHECK (ask_private IN (0, 1)),
        moderator_role_id TEXT,
        debate_channel_id TEXT,
        updated_at        INTEGER NOT NULL
      ) STRICT;

      -- One row per debate. The motion's wording and evidence paragraphs are copied in, so a
      -- summary stays right even if the motions file changes while the debate runs.
      CREATE TABLE debates (
        id                  INTEGER PRIMARY KEY,
        guild_id            TEXT NOT NULL,
        channel_id          TEXT NOT NULL,
        thread_id           TEXT NOT NULL UNIQUE,
        reading             TEXT NOT NULL,
        motion_id           TEXT NOT NULL,
        motion              TEXT NOT NULL,
        evidence_paragraphs TEXT NOT NULL,
        status              TEXT NOT NULL CHECK (status IN ('open', 'paused', 'closed')),
        opened_by           TEXT NOT NULL,
        opened_at           INTEGER NOT NULL,
        ends_at             INTEGER,
        slowmode_seconds    INTEGER,
        closed_at           INTEGER,
        closed_by           TEXT,
        close_reason        TEXT CHECK (close_reason IN ('moderator', 'time-up'))
      ) STRICT;
      CREATE INDEX debates_by_guild ON debates (guild_id);
      CREATE INDEX debates_due ON debates (ends_at) WHERE status <> 'closed' AND ends_at IS NOT NULL;

      -- A student's current side; display_name is the server nickname seen last, for the CSV.
      CREATE TABLE sides (
        debate_id    INTEGER NOT NULL REFERENCES debates (id) ON DELETE CASCADE,
        user_id      TEXT NOT NULL,
        side         TEXT NOT NULL CHECK (side IN ('for', 'against')),
        joined_at    INTEGER NOT NULL,
        display_name TEXT,
        PRIMARY KEY (debate_id, user_id)
      ) STRICT;

      -- Every join and every switch (from_side is NULL for the first join).
      CREATE TABLE side_changes (
        id         INTEGER PRIMARY KEY,
        debate_id  INTEGER NOT NULL REFERENCES debates (id) ON DELETE CASCADE,
        user_id    TEXT NOT NULL,
        from_side  TEXT CHECK (from_side IN ('for', 'against')),
        to_side    TEXT NOT NULL CHECK (to_side IN ('for', 'against')),
        changed_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX side_changes_by_debate ON side_changes (debate_id, user_id);

      -- The queue of raised hands; a hand leaves the queue when called or lowered.
      CREATE TABLE hands (
        id         INTEGER PRIMARY KEY,
        debate_id  INTEGER NOT NULL REFERENCES debates (id) ON DELETE CASCADE,
        user_id    TEXT NOT NULL,
        raised_at  INTEGER NOT NULL,
        called_at  INTEGER,
        lowered_at INTEGER
      ) STRICT;
      CREATE UNIQUE INDEX hands_one_waiting ON hands (debate_id, user_id) WHERE called_at IS NULL AND lowered_at IS NULL;
      CREATE INDEX hands_queue ON hands (debate_id, raised_at, id) WHERE called_at IS NULL AND lowered_at IS NULL;

      CREATE TABLE speakers (
        id               INTEGER PRIMARY KEY,
        debate_id        INTEGER NOT NULL REFERENCES debates (id) ON DELETE CASCADE,
        user_id          TEXT NOT NULL,
        side             TEXT CHECK (side IN ('for', 'against')),
        called_by        TEXT NOT NULL,
        called_at        INTEGER NOT NULL,
        speaking_ends_at INTEGER
      ) STRICT;
      CREATE INDEX speakers_by_debate ON speakers (debate_id);

      -- Which passage a student cited and for which side; never the student's words.
      CREATE TABLE citations (
        id        INTEGER PRIMARY KEY,
        debate_id INTEGER NOT NULL REFERENCES debates (id) ON DELETE CASCADE,
        user_id   TEXT NOT NULL,
        side      TEXT NOT NULL CHECK (side IN ('for', 'against')),
        reading   TEXT NOT NULL,
        paragraph INTEGER NOT NULL CHECK (paragraph >= 1),
        cited_at  INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX citations_by_debate ON citations (debate_id);

      -- Messages counted in a debate thread; the text is never stored.
      CREATE TABLE post_counts (
        debate_id INTEGER NOT NULL REFERENCES debates (id) ON DELETE CASCADE,
        user_id   TEXT NOT NULL,
        posts     INTEGER NOT NULL DEFAULT 0 CHECK (posts >= 0),
        PRIMARY KEY (debate_id, user_id)
      ) STRICT;

      CREATE TABLE proposals (
        id          INTEGER PRIMARY KEY,
        guild_id    TEXT NOT NULL,
        user_id     TEXT NOT NULL,
        reading     TEXT NOT NULL,
        motion      TEXT NOT NULL,
        paragraphs  TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        created_at  INTEGER NOT NULL,
        reviewer_id TEXT,
        reason      TEXT,
        reviewed_at INTEGER
      ) STRICT;
      CREATE INDEX proposals_by_guild ON proposals (guild_id, status, id);

      -- Approved proposals: the server's own motions, listed after the reading's.
      CREATE TABLE guild_motions (
        id          INTEGER PRIMARY KEY,
        guild_id    TEXT NOT NULL,
        proposal_id INTEGER NOT NULL UNIQUE REFERENCES proposals (id) ON DELETE CASCADE,
        reading     TEXT NOT NULL,
        motion      TEXT NOT NULL,
        paragraphs  TEXT NOT NULL,
        approved_by TEXT NOT NULL,
        approved_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX guild_motions_by_guild ON guild_motions (guild_id);
    `,
  },
  {
    version: 2,
    description: 'the state each debate thread should be in (open, locked, archived) and what Discord has yet to do',
    sql: `
      -- A status change and what it asks of Discord are recorded in one transaction; the pending
      -- flags are cleared only once Discord has done it. A crash in between leaves them set, and
      -- the bot re-applies them at startup (see reconcile.ts).
      -- thread_state: open (unlocked), locked (paused), archived (closed: locked and archived).
      ALTER TABLE debates ADD COLUMN thread_state TEXT NOT NULL DEFAULT 'open' CHECK (thread_state IN ('open', 'locked', 'archived'));
      -- 1 while the thread may not be in thread_state yet.
      ALTER TABLE debates ADD COLUMN thread_pending INTEGER NOT NULL DEFAULT 0 CHECK (thread_pending IN (0, 1));
      -- 1 while a closed debate's summary may not be posted in its thread yet.
      ALTER TABLE debates ADD COLUMN summary_pending INTEGER NOT NULL DEFAULT 0 CHECK (summary_pending IN (0, 1));
      -- Debates from before this version: their thread was handled then, so nothing is pending.
      UPDATE debates SET thread_state = CASE status WHEN 'closed' THEN 'archived' WHEN 'paused' THEN 'locked' ELSE 'open' END;
      CREATE INDEX debates_thread_work ON debates (id) WHERE thread_pending = 1 OR summary_pending = 1;
    `,
  },
  {
    version: 3,
    description: 'the threads whose debate records a moderator deleted, so a command there can say so',
    sql: `
      -- Only Discord ids and when: no student, no motion, nothing of the debate itself. Without
      -- it, a command in such a thread could only say "this works inside a debate's thread".
      CREATE TABLE deleted_debate_threads (
        thread_id  TEXT PRIMARY KEY,
        guild_id   TEXT NOT NULL,
        deleted_at INTEGER NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 4,
    description: 'the reading a server\'s class is on (/moderate settings reading:)',
    sql: `
      -- A reading id (its file name), or NULL for the first reading. A reading removed from the
      -- corpus later is simply ignored (the first reading is used), so no foreign key.
      ALTER TABLE guild_settings ADD COLUMN current_reading TEXT;
    `,
  },
  {
    version: 5,
    description: 'the teacher\'s digest: opt-in question keeping, its retention, the teacher channel, kept questions and their votes',
    sql: `
      -- Off by default: nothing of a question is kept until a moderator opts the server in.
      ALTER TABLE guild_settings ADD COLUMN keep_questions INTEGER NOT NULL DEFAULT 0 CHECK (keep_questions IN (0, 1));
      ALTER TABLE guild_settings ADD COLUMN question_retention_days INTEGER NOT NULL DEFAULT 30 CHECK (question_retention_days BETWEEN 1 AND 365);
      -- Where "Ask the teacher" posts; NULL = the button is not shown.
      ALTER TABLE guild_settings ADD COLUMN teacher_channel_id TEXT;

      -- One row per /ask question on an opted-in server. No user id, no name: only what the
      -- class asked, on which day, and how well the reading answered it. asked_on is a UTC day
      -- (YYYY-MM-DD): the digest counts per day, and a day is all a teacher needs.
      CREATE TABLE digest_questions (
        id         INTEGER PRIMARY KEY,
        guild_id   TEXT NOT NULL,
        reading    TEXT NOT NULL,
        question   TEXT NOT NULL,
        asked_on   TEXT NOT NULL,
        coverage   TEXT NOT NULL CHECK (coverage IN ('answered', 'partial', 'none')),
        -- The first passage shown: a paragraph or a footnote of the reading; NULL when none was shown.
        shown_kind   TEXT CHECK (shown_kind IN ('paragraph', 'footnote')),
        shown_number INTEGER CHECK (shown_number >= 1)
      ) STRICT;
      CREATE INDEX digest_questions_by_guild ON digest_questions (guild_id, asked_on);

      -- Helpful / Not helpful on a kept question. voter_key is a keyed hash of (question, voter)
      -- whose key lives only in the bot's memory (see src/digest/voter-key.ts): it lets a student
      -- change their vote, and cannot be turned back into who voted.
      CREATE TABLE digest_votes (
        question_id INTEGER NOT NULL REFERENCES digest_questions (id) ON DELETE CASCADE,
        voter_key   TEXT NOT NULL,
        helpful     INTEGER NOT NULL CHECK (helpful IN (0, 1)),
        reason      TEXT CHECK (reason IS NULL OR length(reason) <= 200),
        PRIMARY KEY (question_id, voter_key)
      ) STRICT;
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
