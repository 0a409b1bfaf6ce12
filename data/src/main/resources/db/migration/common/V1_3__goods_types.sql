-- The six food categories of the Ci siAMO! programme plus the medical goods of AffrontiAMO.
-- Unit weights and volumes are typical packed cases/boxes as handled at the Idroscalo warehouse:
--   Bevande: case of 6 x 1.5 l bottles; Formaggi e latticini: insulated case of dairy packs;
--   Frutta e verdura: 10 kg produce crate; Pane e dolci: carton of packaged bread/baked goods;
--   Pasta e riso: case of 24 x 500 g; Altri alimentari: mixed shelf-stable case (tins, oil, sugar);
--   DPI: carton of masks/gloves; kit vaccino: insulated box with 10 doses and cold packs (2-8 °C);
--   farmaci: pharmacy box.
INSERT INTO goods_type (code, italian_name, family, temperature_class, unit, unit_weight_kg, unit_volume_m3) VALUES
    ('BEVANDE',             'Bevande',                  'FOOD',    'AMBIENT', 'CASE',  9.500, 0.0130),
    ('FORMAGGI_LATTICINI',  'Formaggi e latticini',     'FOOD',    'CHILLED', 'CASE',  6.000, 0.0150),
    ('FRUTTA_VERDURA',      'Frutta e verdura',         'FOOD',    'AMBIENT', 'CASE', 10.000, 0.0400),
    ('PANE_DOLCI',          'Pane e dolci',             'FOOD',    'AMBIENT', 'CASE',  4.000, 0.0300),
    ('PASTA_RISO',          'Pasta e riso',             'FOOD',    'AMBIENT', 'CASE', 12.000, 0.0250),
    ('ALTRI_ALIMENTARI',    'Altri alimentari',         'FOOD',    'AMBIENT', 'CASE',  8.000, 0.0180),
    ('DPI',                 'DPI',                      'MEDICAL', 'AMBIENT', 'BOX',   3.500, 0.0500),
    ('KIT_VACCINO_ANTINFLUENZALE', 'Kit vaccino antinfluenzale', 'MEDICAL', 'CHILLED', 'KIT', 2.500, 0.0120),
    ('FARMACI',             'Farmaci',                  'MEDICAL', 'AMBIENT', 'BOX',   5.000, 0.0200);
