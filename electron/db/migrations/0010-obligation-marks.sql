-- The employer's obligations list (issue #14, « Obligations, ahead of
-- time »): the items are computed from the conventions each time; an item
-- the employer marks done by hand (a renewal requested by letter, a pay
-- raised, the yearly report given to the staff representatives) keeps here
-- its day and who marked it. `key` is the item's stable identifier
-- (`<convention id>:<what>:<which>`, `report:<year>`). An item done by a
-- recorded fact (a reported event's date, a proof sent) needs no mark.
CREATE TABLE obligation_marks (
  key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 120),
  done_on TEXT NOT NULL CHECK (done_on IS date(done_on)),
  done_by TEXT NOT NULL CHECK (length(trim(done_by)) > 0),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 200),
  recorded_at TEXT NOT NULL
) STRICT;
