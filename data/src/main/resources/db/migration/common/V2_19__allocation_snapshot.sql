-- A plan version keeps what was asked when it was planned: the requested units and the goods type's unit weight.
-- Published figures (equity over time, fill ratios, the comuni layer) read these, so a later edit of a request or
-- of a goods type's weight cannot change what a published version says.
ALTER TABLE allocation ADD COLUMN requested_units INTEGER;
ALTER TABLE allocation ADD COLUMN unit_weight_kg NUMERIC(8, 3);
UPDATE allocation SET
    requested_units = (SELECT r.units FROM delivery_request r WHERE r.id = allocation.request_id),
    unit_weight_kg = (SELECT g.unit_weight_kg FROM delivery_request r JOIN goods_type g ON g.code = r.goods_type
                      WHERE r.id = allocation.request_id);
ALTER TABLE allocation ALTER COLUMN requested_units SET NOT NULL;
ALTER TABLE allocation ALTER COLUMN unit_weight_kg SET NOT NULL;
