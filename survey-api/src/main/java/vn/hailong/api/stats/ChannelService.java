package vn.hailong.api.stats;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hailong.analysis.ChannelComparison;
import vn.hailong.analysis.Criterion;
import vn.hailong.api.analysis.AnalysisRequests.AnalysisRequest;
import vn.hailong.api.response.Channel;
import vn.hailong.api.response.ChannelCounts;

/** The channel comparison of one unit's own counter ({@link ChannelComparison}). */
@Singleton
class ChannelService {
  private final ChannelCounts counts;

  ChannelService(ChannelCounts counts) {
    this.counts = counts;
  }

  /** How a channel is named in a sentence: "Đánh giá tại quầy cao hơn qua mã QR …". */
  static String labelVi(Channel channel) {
    return switch (channel) {
      case KIOSK -> "tại quầy";
      case WEB -> "qua mã QR";
      case PAPER -> "trên phiếu giấy";
    };
  }

  ChannelReport channels(AnalysisRequest request) {
    Map<Criterion, Map<Channel, long[]>> all =
        counts.headline(request.unit().id(), request.from(), request.to());
    List<ChannelReport.CriterionChannels> criteria = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      Map<Channel, long[]> byChannel = all.getOrDefault(criterion, Map.of());
      List<ChannelComparison.Group> groups = new ArrayList<>();
      List<ChannelReport.ChannelFigure> figures = new ArrayList<>();
      for (Channel channel : Channel.values()) {
        long[] c = byChannel.getOrDefault(channel, new long[2]);
        var group = new ChannelComparison.Group(channel.name(), labelVi(channel), c[0], c[1]);
        groups.add(group);
        figures.add(
            new ChannelReport.ChannelFigure(
                channel.name(), labelVi(channel), c[1], c[0], c[1] > 0 ? group.percent() : null));
      }
      ChannelComparison.Result test = ChannelComparison.compare(groups);
      criteria.add(
          new ChannelReport.CriterionChannels(
              criterion.name(),
              criterion.nameVi(),
              figures,
              test.tested() ? test.chiSquare() : null,
              test.degreesOfFreedom(),
              test.tested() ? test.pValue() : null,
              test.significant(),
              test.smallExpected(),
              ChannelComparison.sentenceVi(groups.get(0), groups.get(1))));
    }
    return new ChannelReport(
        request.unit().code(), request.unit().name(), request.from(), request.to(), criteria);
  }
}
