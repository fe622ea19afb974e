"""The Colleagues tab (同事): the presence directory, internal calls (内线), pickup (代答)."""
