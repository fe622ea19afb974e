"""zh_CN texts of the desktop's areas, one module per area (`ZH_CN`: source -> Chinese)."""
