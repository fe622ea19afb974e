"""SQL of the knowledge base on SQLite: articles, versions, categories and the two FTS5 indexes.

`SqliteKbStore` implements the store's `KbStore` interface (server_stub/store/base.py) and
is reached as `store.kb` on the store thread (`runner.run(lambda s: s.kb.search(...))`).
The FTS tables `kb_fts` (trigram) and `kb_fts_short` (CJK bigrams + words) are written here
in the same transaction as the article, so they never drift from `kb_articles`.
"""

from __future__ import annotations

import json
import math
import sqlite3
from typing import TYPE_CHECKING, Any

from server_stub.kb.text import Query, expand_bigrams, in_title_or_tags, plain_text
from server_stub.store.base import Row

if TYPE_CHECKING:
    from server_stub.store.sqlite import SqliteStore

WEIGHTS = "10.0, 1.0, 5.0"  # bm25 column weights: title, body, tags
_QUEUE_FILTER = """
  AND (:queue IS NULL
       OR NOT EXISTS (SELECT 1 FROM kb_article_queues q WHERE q.article_id = a.id)
       OR EXISTS (SELECT 1 FROM kb_article_queues q
                  WHERE q.article_id = a.id AND q.queue = :queue))"""
_HIT_COLUMNS = "a.id, a.title, a.body, a.category_id, a.tags, a.updated_at"
ARTICLE_FIELDS = ("title", "body", "category_id", "tags", "queues", "ivr_paths")

CANDIDATE_CAP = 2000
"""Above this many matches a one-term query is "common": only its title/tag matches and its
newest CANDIDATE_CAP matches are scored (see docs/kb.md, "Search"); below, every match is."""

CAP_MAX_TRIGRAM_TERM = 4
"""A trigram term longer than this ("refund": 4 trigrams) is never capped (measured)."""

RARE_SHARE = 0.05
"""In an OR query, a term found in at most this share of the articles is "rare"."""
_BM25_K1 = 1.2  # FTS5's bm25 constants: a term adds at most idf * (k1 + 1) to a score


def _decode(row: Row) -> Row:
    for key in ("tags", "queues", "ivr_paths"):
        if key in row and isinstance(row[key], str):
            row[key] = json.loads(row[key])
    return row


def _encoded(row: Row) -> list[Any]:
    return [
        row["title"],
        row["body"],
        row["category_id"],
        json.dumps(row["tags"], ensure_ascii=False),
        json.dumps(row["queues"]),
        json.dumps(row["ivr_paths"]),
    ]


class SqliteKbStore:
    """The KB's tables on the coordinator's SQLite connection (`SqliteStore.kb`); runs on the
    store thread like the rest of the store."""

    def __init__(self, store: SqliteStore) -> None:
        self._store = store

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._store.conn

    def _rows(self, sql: str, params: Any = ()) -> list[Row]:
        cur = self._conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def list_categories(self) -> list[Row]:
        return self._rows("""
            SELECT c.id, c.parent_id, c.name, c.sort,
                   (SELECT count(*) FROM kb_articles a
                    WHERE a.category_id = c.id AND a.deleted_at IS NULL) AS article_count
            FROM kb_categories c ORDER BY c.sort, c.name""")

    def get_category(self, category_id: int) -> Row | None:
        rows = self._rows("SELECT * FROM kb_categories WHERE id = ?", [category_id])
        return rows[0] if rows else None

    def insert_category(self, row: Row) -> int:
        cur = self._conn.execute(
            "INSERT INTO kb_categories (parent_id, name, sort) VALUES (:parent_id, :name, :sort)",
            row,
        )
        return int(cur.lastrowid or 0)

    def update_category(self, category_id: int, row: Row) -> bool:
        cur = self._conn.execute(
            "UPDATE kb_categories SET parent_id = :parent_id, name = :name, sort = :sort "
            "WHERE id = :id",
            {**row, "id": category_id},
        )
        return cur.rowcount > 0

    def category_in_use(self, category_id: int) -> bool:
        return bool(
            self._rows(
                """
            SELECT 1 FROM kb_categories WHERE parent_id = :id
            UNION ALL SELECT 1 FROM kb_articles WHERE category_id = :id AND deleted_at IS NULL
            LIMIT 1""",
                {"id": category_id},
            )
        )

    def delete_category(self, category_id: int) -> bool:
        with self._store.transaction():
            # Deleted articles keep their history but let go of the category.
            self._conn.execute(
                "UPDATE kb_articles SET category_id = NULL WHERE category_id = ?", [category_id]
            )
            cur = self._conn.execute("DELETE FROM kb_categories WHERE id = ?", [category_id])
        return cur.rowcount > 0

    def _index(self, article_id: int, row: Row) -> None:
        conn = self._conn
        conn.execute("DELETE FROM kb_fts WHERE rowid = ?", [article_id])
        conn.execute("DELETE FROM kb_fts_short WHERE rowid = ?", [article_id])
        conn.execute("DELETE FROM kb_article_queues WHERE article_id = ?", [article_id])
        if row.get("deleted_at") is not None:
            return
        title, body, tags = row["title"], plain_text(row["body"]), " ".join(row["tags"])
        conn.execute(
            "INSERT INTO kb_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)",
            [article_id, title, body, tags],
        )
        conn.execute(
            "INSERT INTO kb_fts_short (rowid, title, body, tags) VALUES (?, ?, ?, ?)",
            [article_id, expand_bigrams(title), expand_bigrams(body), expand_bigrams(tags)],
        )
        conn.executemany(
            "INSERT INTO kb_article_queues (article_id, queue) VALUES (?, ?)",
            [(article_id, q) for q in row["queues"]],
        )

    def _add_version(
        self, article_id: int, version: int, row: Row, author: str, action: str, now: float
    ) -> None:
        self._conn.execute(
            "INSERT INTO kb_article_versions (article_id, version, title, body, category_id, "
            "tags, queues, ivr_paths, author, action, edited_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                article_id,
                version,
                row["title"],
                row["body"],
                row["category_id"],
                json.dumps(row["tags"], ensure_ascii=False),
                json.dumps(row["queues"]),
                json.dumps(row["ivr_paths"]),
                author,
                action,
                now,
            ],
        )

    def insert_article(self, row: Row, author: str, now: float) -> int:
        """`row` holds ARTICLE_FIELDS with lists decoded; returns the new id."""
        with self._store.transaction():
            cur = self._conn.execute(
                "INSERT INTO kb_articles (title, body, category_id, tags, queues, ivr_paths, "
                "author, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                [*_encoded(row), author, now, now],
            )
            article_id = int(cur.lastrowid or 0)
            self._index(article_id, row)
            self._add_version(article_id, 1, row, author, "created", now)
        return article_id

    def update_article(self, article_id: int, row: Row, author: str, now: float) -> bool:
        with self._store.transaction():
            current = self.get_article(article_id)
            if current is None:
                return False
            version = current["version"] + 1
            self._conn.execute(
                "UPDATE kb_articles SET title = ?, body = ?, category_id = ?, tags = ?, "
                "queues = ?, ivr_paths = ?, version = ?, updated_at = ? WHERE id = ?",
                [*_encoded(row), version, now, article_id],
            )
            self._index(article_id, row)
            self._add_version(article_id, version, row, author, "edited", now)
        return True

    def delete_article(self, article_id: int, author: str, now: float) -> bool:
        """Soft delete: the article leaves search and lists; its versions stay."""
        with self._store.transaction():
            current = self.get_article(article_id)
            if current is None:
                return False
            version = current["version"] + 1
            self._conn.execute(
                "UPDATE kb_articles SET deleted_at = ?, version = ?, updated_at = ? WHERE id = ?",
                [now, version, now, article_id],
            )
            self._index(article_id, {"deleted_at": now})
            self._add_version(article_id, version, current, author, "deleted", now)
        return True

    def get_article(self, article_id: int) -> Row | None:
        rows = self._rows(
            "SELECT * FROM kb_articles WHERE id = ? AND deleted_at IS NULL", [article_id]
        )
        if not rows:
            return None
        row = _decode(rows[0])
        row["attachments"] = self._rows(
            "SELECT * FROM kb_attachments WHERE article_id = ? ORDER BY created_at", [article_id]
        )
        return row

    def list_articles(
        self, category_id: int | None, queue: str | None, limit: int, offset: int
    ) -> tuple[list[Row], int]:
        where = (
            "a.deleted_at IS NULL"
            + (" AND a.category_id = :category_id" if category_id is not None else "")
            + _QUEUE_FILTER
        )
        params = {"category_id": category_id, "queue": queue, "limit": limit, "offset": offset}
        total = self._rows(f"SELECT count(*) AS n FROM kb_articles a WHERE {where}", params)
        rows = self._rows(
            f"""SELECT a.id, a.title, a.category_id, a.tags, a.queues, a.updated_at
                                FROM kb_articles a WHERE {where}
                                ORDER BY a.title LIMIT :limit OFFSET :offset""",
            params,
        )
        return [_decode(r) for r in rows], int(total[0]["n"])

    def versions(self, article_id: int) -> list[Row]:
        return [
            _decode(r)
            for r in self._rows(
                "SELECT * FROM kb_article_versions WHERE article_id = ? ORDER BY version",
                [article_id],
            )
        ]

    def search(
        self, query: Query, queue: str | None, limit: int, exact: bool = False
    ) -> tuple[str, list[Row]]:
        """Best hits first (bm25, title weighted above tags above body) and the mode used.

        `exact=True` scores every match however many there are (slower; for comparisons)."""
        cap = None if exact else CANDIDATE_CAP
        params: dict[str, Any] = {"queue": queue, "limit": limit}
        if query.long_terms:
            table, mode, parts = "kb_fts", "trigram", query.trigram_parts()
            extra = ""
            if query.short_terms:
                mode = "mixed"
                params["s"] = query.short_match()
                extra = " AND +a.id IN (SELECT id FROM short_hits)"  # + : MATCH drives
        elif query.short_terms:
            table, mode, extra, parts = "kb_fts_short", "short", "", query.short_parts()
        else:
            return "empty", []
        params["m"] = " AND ".join(parts)
        if query.long_terms and max(map(len, query.long_terms)) > CAP_MAX_TRIGRAM_TERM:
            cap = None  # several trigrams per row to walk: the cap's extra cursors cost more
        rows = self._match(table, extra, params, parts, cap)
        if not rows and query.long_terms:
            relaxed = query.relaxed_parts()
            if relaxed:
                relaxed_params = {**params, "m": " OR ".join(relaxed)}
                cut = None if exact else self._match_rare_first(relaxed_params, relaxed)
                rows = (
                    cut
                    if cut is not None
                    else self._match("kb_fts_short", "", relaxed_params, relaxed, None)
                )
                mode = "relaxed"
        return mode, [_decode(r) for r in rows]

    def _match(
        self, table: str, extra: str, params: dict[str, Any], parts: list[str], cap: int | None
    ) -> list[Row]:
        # Rank on the FTS table alone (ids and scores only), then read the few winning articles.
        # bm25() costs about a microsecond per matching row plus the queue filter, and a common
        # term matches tens of thousands of rows: above `cap` matches, score only the newest
        # `cap` matches and the matches in the title or tags (where a term weighs 10 or 5).
        cte = (
            (
                "WITH short_hits AS MATERIALIZED (SELECT rowid AS id FROM kb_fts_short "
                "WHERE kb_fts_short MATCH :s) "
            )
            if extra
            else ""
        )
        where = f"{table} MATCH :m{extra.replace('a.id', f'{table}.rowid')}"
        queue_filter = _QUEUE_FILTER.replace("a.id", f"{table}.rowid")
        score = f"SELECT {table}.rowid AS id, bm25({table}, {WEIGHTS}) AS score FROM {table}"
        edge = None
        # Only a single whole term gains: a prefix ("退" *) is expanded again by each extra
        # FTS5 cursor, and AND/OR of several terms and mixed queries cost more to walk than
        # to score (measured in bench/kb_search.py).
        if cap is not None and len(parts) == 1 and not parts[0].endswith("*") and not extra:
            # The rowid of the cap-th newest match of the MATCH alone, if there are more:
            # walking rowids without scoring is cheap (FTS5 reads doclists in rowid order).
            found = self._conn.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH :m ORDER BY rowid DESC "
                "LIMIT 1 OFFSET :cap",
                {"m": params["m"], "cap": cap},
            ).fetchone()
            edge = found[0] if found else None
        if edge is None:
            sql = f"{cte} {score} WHERE {where} {queue_filter} ORDER BY score, id DESC LIMIT :limit"
            ranked = self._rows(sql, params)
        else:
            # Both halves use the same MATCH, so their bm25 scores are comparable. rowid ranges
            # are FTS5 index constraints; the unary + keeps the IN list a filter, not a lookup.
            sql = f"""{cte} {score} WHERE {where} AND {table}.rowid > :edge {queue_filter}
                UNION ALL
                {score} WHERE {where} AND {table}.rowid <= :edge
                  AND +{table}.rowid IN (SELECT rowid FROM {table} WHERE {table} MATCH :f)
                  {queue_filter}
                ORDER BY score, id DESC LIMIT :limit"""
            ranked = self._rows(sql, {**params, "edge": edge, "f": in_title_or_tags(parts)})
        return self._read_hits(ranked)

    def _read_hits(self, ranked: list[Row]) -> list[Row]:
        """The article rows of the ranked (id, score) pairs, in rank order."""
        if not ranked:
            return []
        ids = [r["id"] for r in ranked]
        marks = ",".join("?" * len(ids))
        found_rows = {
            r["id"]: r
            for r in self._rows(
                f"SELECT {_HIT_COLUMNS} FROM kb_articles a WHERE a.id IN ({marks}) "
                "AND a.deleted_at IS NULL",
                ids,
            )
        }
        return [
            {**found_rows[r["id"]], "score": r["score"]} for r in ranked if r["id"] in found_rows
        ]

    def _match_rare_first(self, params: dict[str, Any], parts: list[str]) -> list[Row] | None:
        """Exact top results of an OR query without scoring every match, or None if unsure.

        Scores only the articles with a rare term, then checks the bound: an article with none
        of them scores at most the sum over the common terms of idf * (k1 + 1), whatever its
        term counts and column weights. When the last of the `limit` results beats that, no
        other article can enter the list (a max-score cut; the result is the same as scoring
        every match). The relaxed pass ORs every bigram of a question, and its common bigrams
        (申请, 银行) match most articles."""
        conn = self._conn
        n_docs = conn.execute("SELECT count(*) FROM kb_fts_short_docsize").fetchone()[0]
        counts = [
            conn.execute(
                "SELECT count(*) FROM kb_fts_short WHERE kb_fts_short MATCH ?", [p]
            ).fetchone()[0]
            for p in parts
        ]
        rare = [p for p, n in zip(parts, counts, strict=True) if 0 < n <= n_docs * RARE_SHARE]
        common = [n for n in counts if n > n_docs * RARE_SHARE]
        if not rare or not common:
            return None  # all rare: scoring every match is cheap; none: no cut possible
        bound = sum(max(1e-6, math.log((n_docs - n + 0.5) / (n + 0.5))) for n in common) * (
            _BM25_K1 + 1
        )
        queue_filter = _QUEUE_FILTER.replace("a.id", "kb_fts_short.rowid")
        ranked = self._rows(
            f"""
            SELECT kb_fts_short.rowid AS id, bm25(kb_fts_short, {WEIGHTS}) AS score
            FROM kb_fts_short WHERE kb_fts_short MATCH :m
              AND +kb_fts_short.rowid IN
                  (SELECT rowid FROM kb_fts_short WHERE kb_fts_short MATCH :r)
              {queue_filter}
            ORDER BY score, id DESC LIMIT :limit""",
            {**params, "r": " OR ".join(rare)},
        )
        if len(ranked) < params["limit"] or -ranked[-1]["score"] <= bound * 1.000001:
            return None
        return self._read_hits(ranked)

    def suggestion_candidates(self, queue: str | None) -> list[Row]:
        """Articles of the queue (and general ones), newest first, for the service to rank."""
        rows = self._rows(
            f"""
            SELECT a.id, a.title, a.category_id, a.tags, a.queues, a.ivr_paths, a.updated_at
            FROM kb_articles a WHERE a.deleted_at IS NULL{_QUEUE_FILTER}
            ORDER BY a.updated_at DESC LIMIT 500""",
            {"queue": queue},
        )
        return [_decode(r) for r in rows]

    def insert_attachment(self, row: Row) -> bool:
        """Attach a file row to a live article; False when the article does not exist."""
        if not self._rows(
            "SELECT 1 FROM kb_articles WHERE id = ? AND deleted_at IS NULL", [row["article_id"]]
        ):
            return False
        columns = ", ".join(row)
        self._conn.execute(
            f"INSERT INTO kb_attachments ({columns}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        return True

    def attachment_ref(self, attachment_id: str, kind: str) -> str | None:
        rows = self._rows(
            "SELECT media_ref FROM kb_attachments WHERE id = ? AND kind = ?", [attachment_id, kind]
        )
        return str(rows[0]["media_ref"]) if rows else None
