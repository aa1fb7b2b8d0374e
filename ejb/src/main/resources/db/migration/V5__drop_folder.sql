-- A batch that came from the drop folder remembers where its file waits, so the job's end can move the
-- file to processed/ or failed/.
ALTER TABLE import_batch ADD COLUMN drop_file VARCHAR(1024) NULL AFTER staged_file;
