package it.ccvmi.planner.data.goods;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoodsTypeRepository extends JpaRepository<GoodsType, String> {

    List<GoodsType> findAllByOrderByCode();
}
