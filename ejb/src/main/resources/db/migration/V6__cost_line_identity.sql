-- Cost lines are written in JDBC batches (see CostLineInserts): the database numbers them.
ALTER TABLE cost_line MODIFY id BIGINT NOT NULL AUTO_INCREMENT;
DELETE FROM id_generator WHERE name = 'cost_line';
